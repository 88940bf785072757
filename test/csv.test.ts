/**
 * Spreadsheet safety (issue 6): text cells that a spreadsheet would run as a
 * formula (`= + - @`, tab, CR first) get a leading apostrophe; numeric
 * columns stay plain numbers; a real CSV parser reads back every cell.
 */
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { CSV_COLUMNS, CSV_TABLES, tableCsv } from '../src/output/csv.js';
import type { IssueJson } from '../src/output/issue-json.js';
import { run } from '../src/run.js';
import { tempDir } from './helpers/temp.js';

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMERIC: Record<string, Set<string>> = {
  articles: new Set(['start', 'end']),
  quantities: new Set(['start', 'end', 'value', 'value_max']),
  dates: new Set(['start', 'end']),
  organizations: new Set(['start', 'end']),
  facts: new Set(['value', 'value_max']),
};

const quantity = (over: Record<string, unknown>) => ({
  id: 'q1', article_id: 'a1', start: 0, end: 4, text: '750亿元', lang: 'zh', value: 75000000000, value_max: null,
  unit: 'CNY', unit_text: '亿元', dimension: 'currency', qualifier: 'exact', ...over,
});
const fact = (over: Record<string, unknown>) => ({
  id: 'f1', article_id: 'a1', quantity_id: 'q1', metric: '研发投入', subject: '重庆', period: '2023', status: 'actual',
  kind: 'change', value: -0.05, unit: 'percent', sentence: '研发投入下降5%。', ...over,
});
const issue = (id: string, quantities: object[], facts: object[] = []) =>
  ({ issue_id: id, issue_date: null, source_file: 'x.txt', pipeline_version: '0', articles: [], quantities, dates: [], organizations: [], facts } as unknown as IssueJson);
const rowsOf = (csv: string): Record<string, string>[] => parse(csv, { columns: true, relax_quotes: false });

describe('CSV cells', () => {
  it('neutralises text cells starting with = + - @ tab or CR, in every text column', () => {
    const starts = ['=1+1', '+86 23 1234', '-5%', '@SUM(A1)', '\tindented', '\rreturn', "=HYPERLINK(\"http://x\",\"y\")"];
    const qs = starts.map((s, k) => quantity({ id: `q${k + 1}`, text: s, unit_text: s, unit: s }));
    const rows = rowsOf(tableCsv('quantities', [issue('=issue', qs)]));
    rows.forEach((row, k) => {
      for (const col of ['text', 'unit_text', 'unit']) expect(row[col], col).toBe(`'${starts[k]}`);
      expect(row.issue_id).toBe("'=issue");
    });
  });

  it('leaves numeric columns plain, negative numbers included', () => {
    const rows = rowsOf(tableCsv('facts', [issue('x', [], [fact({}), fact({ id: 'f2', value: -1.5e-7 }), fact({ id: 'f3', value: -12 })])]));
    expect(rows.map((r) => r.value)).toEqual(['-0.05', '-1.5e-7', '-12']);
    const q = rowsOf(tableCsv('quantities', [issue('x', [quantity({ value: -3, value_max: -1, start: 10, end: 12 })])]))[0]!;
    expect([q.value, q.value_max, q.start, q.end]).toEqual(['-3', '-1', '10', '12']);
    expect(Number(q.value)).toBe(-3);
  });

  it('writes the header even with no rows, issue_id first', () => {
    for (const table of CSV_TABLES) {
      expect(tableCsv(table, [])).toBe(`${CSV_COLUMNS[table].join(',')}\n`);
      expect(CSV_COLUMNS[table][0]).toBe('issue_id');
    }
  });

  it('keeps the exact text with the guard off, and starts with a UTF-8 BOM for Excel', () => {
    const q = [quantity({ text: '=1+1', unit_text: '-5' })];
    const off = rowsOf(tableCsv('quantities', [issue('=x', q)], { csvGuard: false }))[0]!;
    expect([off.issue_id, off.text, off.unit_text]).toEqual(['=x', '=1+1', '-5']);
    const excel = tableCsv('quantities', [issue('x', q)], { excel: true });
    expect(excel.startsWith('\ufeffissue_id,')).toBe(true);
    expect(tableCsv('quantities', [issue('x', q)]).startsWith('issue_id,')).toBe(true);
  });

  it('quotes a cell only when it holds a comma, a quote or a line break, its quotes doubled', () => {
    const qs = [
      quantity({ text: 'a,b', unit_text: 'say "x"', unit: 'plain' }),
      quantity({ id: 'q2', text: 'l1\nl2', unit_text: 'c\rr', unit: '重庆 x' }),
    ];
    const csv = tableCsv('quantities', [issue('x', qs)]);
    for (const cell of [',"a,b",', ',"say ""x""",', ',plain,', ',"l1\nl2",', ',"c\rr",', ',重庆 x,']) expect(csv).toContain(cell);
    expect(csv).not.toMatch(/"(plain|重庆 x|zh|CNY)"/);
    expect(csv.endsWith('\n')).toBe(true);
  });

  it('round-trips any text through csv-parse: commas, quotes, newlines, CJK, astral characters', () => {
    const text = fc.string({ unit: fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      fc.constantFrom(',', '"', '\n', '\r\n', '\r', '\t', '=', '+', '-', '@', "'", ' ', '重', '𠀀'),
    ), minLength: 1, maxLength: 30 });
    fc.assert(fc.property(fc.array(fc.tuple(text, text, fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 5 }), (cells) => {
      const qs = cells.map(([t, u, v], k) => quantity({ id: `q${k + 1}`, text: t, unit_text: u, value: v }));
      const rows = rowsOf(tableCsv('quantities', [issue('x', qs)]));
      expect(rows).toHaveLength(cells.length);
      rows.forEach((row, k) => {
        const [t, u, v] = cells[k]!;
        expect(row.text).toBe(FORMULA_START.test(t) ? `'${t}` : t);
        expect(row.unit_text).toBe(FORMULA_START.test(u) ? `'${u}` : u);
        expect(Number(row.value)).toBe(v === 0 ? 0 : v); // -0 is written as 0
      });
      const csv = tableCsv('quantities', [issue('x', qs)]);
      // Every CR or LF inside a cell is inside quotes: splitting at unquoted line breaks gives header + one line per row.
      expect(csv.replace(/"(?:[^"]|"")*"/g, '').split(/\r\n|\r|\n/).filter(Boolean)).toHaveLength(cells.length + 1);
    }), { numRuns: 200, seed: 42 });
  }, 30_000);
});

describe('CSV files of a real run', () => {
  it('no text cell of any CSV starts a formula, numeric cells parse as numbers', { timeout: 60_000 }, async () => {
    const dir = tempDir('csv');
    const file = join(dir, '2024-02-29-formulas.txt');
    writeFileSync(file, [
      '=重庆市科技局：全市研发投入达750亿元，增长10%。',
      '-重庆鑫景特种玻璃有限公司去年新增300余亩，投资超过3亿元。',
      '+2023年12月31日，@金凤实验室 发布 -5% 的数据。',
      readFileSync('corpus/2024-02-29-chongqing-daily.txt', 'utf8'),
    ].join('\n'));
    await run({ inputs: [file], outDir: join(dir, 'out'), config: parseConfig({}, 'defaults') });
    let rowsSeen = 0;
    for (const table of CSV_TABLES) {
      for (const row of rowsOf(readFileSync(join(dir, 'out', `${table}.csv`), 'utf8'))) {
        rowsSeen++;
        for (const [col, value] of Object.entries(row)) {
          if (NUMERIC[table]!.has(col)) {
            if (value !== '') expect(Number.isFinite(Number(value)), `${table}.${col}=${value}`).toBe(true);
          } else expect(FORMULA_START.test(value), `${table}.${col}=${JSON.stringify(value)}`).toBe(false);
        }
      }
    }
    expect(rowsSeen).toBeGreaterThan(0);
  });
});
