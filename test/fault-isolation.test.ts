/**
 * Fault isolation (issue 9): an unexpected exception of a sentence stage on
 * one sentence costs only that sentence's records. The organizations stage is
 * replaced by one that throws on purpose on a marked sentence.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../src/config.js';
import { emptyDoc } from '../src/doc.js';
import { runPipeline, STAGES } from '../src/pipeline.js';
import { run } from '../src/run.js';
import { jiebaSegmenter } from '../src/segmenter.js';
import type { Context, Stage, StageError } from '../src/stage.js';
import { tempDir } from './helpers/temp.js';

const MARK = '故障';

vi.mock('../src/stages/organizations.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/stages/organizations.js')>();
  return {
    ...real,
    organizationsStage: {
      name: 'organizations',
      run: (doc, ctx) => {
        if (doc.sentences.some((s) => s.view.includes('故障'))) throw new Error('deliberate failure');
        return real.organizationsStage.run(doc, ctx);
      },
    } satisfies Stage,
  };
});

// An astral character first, so the reported offset must count code points, not UTF-16 units.
const TEXT = `𠀀重庆市科技局今年投入750亿元。\n${MARK}：北京大学去年招收3000人。\n上海交通大学增长12%。\n`;
const ctx: Context = { issueDate: { date: '2024-02-29', source: 'cli' }, segmenter: jiebaSegmenter() };
const docOf = (text: string) => emptyDoc('t', 't.txt', new TextEncoder().encode(text));

describe('a sentence stage that throws on one sentence', () => {
  it('without a reporter the exception propagates (tests see bugs)', () => {
    expect(() => runPipeline(docOf(TEXT), ctx)).toThrow('deliberate failure');
  });

  it('with a reporter, the sentence is reported with its code-point offset and the others keep their records', () => {
    const errors: StageError[] = [];
    const doc = runPipeline(docOf(TEXT), ctx, STAGES, (e) => errors.push(e));
    const markAt = [...TEXT].indexOf(MARK[0]!);
    expect(errors).toEqual([{ stage: 'organizations', start: markAt, message: 'deliberate failure' }]);
    const orgs = doc.organizations.map((o) => o.text);
    expect(orgs).toContain('上海交通大学');
    expect(orgs).not.toContain('北京大学');
    // The other stages ran on every sentence, the faulty one included.
    expect(doc.quantities.map((q) => q.text)).toEqual(expect.arrayContaining(['750亿元', '3000人', '12%']));
    expect(doc.sentences).toHaveLength(3);
  });

  it('a stage that fails whatever the sentence loses its records, reported once with start null', () => {
    const failing: Stage = { name: 'dates', run: (d) => (d.sentences.length > 1 ? (() => { throw new Error('needs one sentence'); })() : d) };
    const errors: StageError[] = [];
    const upToSegment = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'segment') + 1);
    const before = runPipeline(docOf('一月。二月。三月。'), ctx, upToSegment);
    const after = runPipeline(before, ctx, [failing], (e) => errors.push(e));
    expect(errors).toEqual([{ stage: 'dates', start: null, message: 'needs one sentence' }]);
    expect(after).toBe(before);
  });
});

describe('a run with a stage error', () => {
  const root = tempDir('fault');
  it('writes the issue, reports one line naming file, stage and offset, and logs it in errors.jsonl', async () => {
    const file = join(root, 'x.txt');
    writeFileSync(file, TEXT);
    const out = join(root, 'out');
    const summary = await run({ inputs: [file], outDir: out, config: parseConfig({}, 'defaults') });
    const start = [...TEXT].indexOf(MARK[0]!);
    const line = `${file}: stage organizations failed (at offset ${start}): deliberate failure; the rest of the issue is written`;
    expect(summary.errors).toEqual([{ file, stage: 'organizations', start, message: line }]);
    expect(summary.processed).toEqual([file]);
    const logged = readFileSync(join(out, 'errors.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(logged).toEqual([{ file, stage: 'organizations', start, message: line }]);
    const issue = JSON.parse(readFileSync(join(out, 'x.json'), 'utf8'));
    expect(issue.organizations.map((o: { text: string }) => o.text)).toContain('上海交通大学');
    expect(readFileSync(join(out, 'organizations.csv'), 'utf8')).toContain('上海交通大学');
  });
});
