import { beforeAll, describe, expect, it } from 'vitest';
import { docOf } from './helpers/doc.js';

/** Facts of an English article run through the whole pipeline (quantities and dates included). */
function factsOf(body: string) {
  return docOf(`Title\nBy Jo Smith\n${body}`, 'facts', '2024-03-01').facts
    .map((f) => ({ metric: f.metric, subject: f.subject, period: f.period, status: f.status, kind: f.kind, value: f.value, unit: f.unit }));
}

// Loading the segmenter and the English tagger takes seconds on a busy machine: not part of any one case.
beforeAll(() => void docOf('Title\nSales rose 5 percent.\n', 'facts'), 60_000);

describe('facts (en)', () => {
  it('reads a change and the level after `to` with the same metric and owner', () => {
    expect(factsOf("Japan's exports rose 7.5 percent to $2.1 trillion in 2023.")).toEqual([
      { metric: 'exports', subject: 'Japan', period: '2023', status: 'actual', kind: 'change', value: 7.5, unit: 'percent' },
      { metric: 'exports', subject: 'Japan', period: '2023', status: 'actual', kind: 'level', value: 2100000000000, unit: 'USD' },
    ]);
  });

  it('makes a fall negative and a percentage level a ratio', () => {
    expect(factsOf('Retail sales fell 2 percent in January. Unemployment was 5.1 percent.').map((f) => [f.metric, f.kind, f.value, f.period]))
      .toEqual([['Retail sales', 'change', -2, '2024-01'], ['Unemployment', 'ratio', 5.1, '2024-01']]);
    // A wire story's paragraph is one sentence: the period carries to the next line, until a line with neither a period nor a fact.
    expect(factsOf('Retail sales fell 2 percent in January.\nUnemployment was 5.1 percent.').map((f) => f.period)).toEqual(['2024-01', '2024-01']);
    expect(factsOf('Retail sales fell 2 percent in January.\nThe minister resigned.\nUnemployment was 5.1 percent.').map((f) => f.period)).toEqual(['2024-01', '']);
  });

  it('reads expectations and plans as estimate and target', () => {
    expect(factsOf('The company expects revenue of $1.2 billion this year.')[0]).toMatchObject({ metric: 'revenue', status: 'estimate', period: '2024' });
    expect(factsOf('The plant will have annual production of 400,000 tonnes.')[0]).toMatchObject({ metric: 'annual production', status: 'target', unit: 't' });
  });

  it('gives no fact without a metric and a verb before the number, nor for bare counts', () => {
    expect(factsOf('The dollar slipped to 108.40 yen from 108.45. He scored 11 points. It cost $5 million, he said.')).toEqual([]);
  });
});
