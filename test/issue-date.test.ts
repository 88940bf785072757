import { describe, expect, it } from 'vitest';
import { dateFromFileName, isoDay } from '../src/issue-date.js';
import { docOf } from './helpers/doc.js';

describe('issue date', () => {
  it('reads YYYY-MM-DD and YYYYMMDD from file names', () => {
    expect(dateFromFileName('2024-02-29-chongqing-daily.txt')).toBe('2024-02-29');
    expect(dateFromFileName('rmrb19980105.txt')).toBe('1998-01-05');
  });
  it('refuses impossible days and longer digit runs', () => {
    expect(dateFromFileName('2023-02-29-x.txt')).toBeNull();
    expect(dateFromFileName('id-123456789.txt')).toBeNull();
    expect(isoDay(2024, 13, 1)).toBeNull();
  });
  it('takes the date given from outside the text and records its source', () => {
    const doc = docOf('标题\n正文。', 'issue-date', '2001-09-10');
    expect([doc.issueDate, doc.issueDateSource]).toEqual(['2001-09-10', 'cli']);
  });
});
