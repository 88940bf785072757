/**
 * The CLI on bad input (issue 6, issue 2): every bad input gives one line
 * naming the file and the reason, no stack trace, and the other inputs of the
 * same run are still written. The CLI costs ~2 s per start (nodejieba's
 * dictionary), so all cases run in a few processes started at once.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE, type CliResult } from './helpers/cli.js';
import { gb18030Bytes } from './helpers/encodings.js';
import { tempDir } from './helpers/temp.js';

const SAMPLE = 'corpus/2024-02-29-chongqing-daily.txt';
const sampleText = readFileSync(SAMPLE, 'utf8');
/** chmod 000 does not stop root from reading, and the suite runs as root in the container. */
const isRoot = process.getuid?.() === 0;

const root = tempDir('cli');
const input = join(root, 'in');
const out = join(root, 'out');
const missing = join(root, 'no-such-issue.txt');
const config = join(root, 'small.config.json');
const at = (name: string) => join(input, name);

function makeInputs(): void {
  mkdirSync(join(input, 'sub'), { recursive: true });
  writeFileSync(at('2024-02-29-chongqing-daily.txt'), sampleText);
  writeFileSync(at('2024-02-29-chongqing-daily-gb18030.txt'), gb18030Bytes(sampleText));
  writeFileSync(at('2024-02-29-chongqing-daily-bom.txt'), `\ufeff${sampleText}`);
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('whitespace.txt'), ' \n\t\u3000\r\n  \n');
  writeFileSync(at('binary.txt'), Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'));
  writeFileSync(at('invalid.txt'), Buffer.from('616263ff80806465660a', 'hex')); // invalid as UTF-8 and as GB18030
  writeFileSync(at('utf16.txt'), Buffer.concat([Buffer.from('fffe', 'hex'), Buffer.from('2024年2月29日，重庆市研发投入达750亿元，增长10%。\n', 'utf16le')]));
  writeFileSync(at('too-large.txt'), '重庆'.repeat(6000)); // 36 000 bytes > max_file_bytes 30 000
  writeFileSync(at('photo.png'), Buffer.from('89504e47', 'hex'));
  writeFileSync(at('notes.md'), '# notes\n');
  symlinkSync('..', join(input, 'sub', 'loop')); // sub/loop → in/: a symlink loop
  if (!isRoot) {
    writeFileSync(at('unreadable.txt'), '重庆');
    chmodSync(at('unreadable.txt'), 0o000);
  }
  writeFileSync(config, JSON.stringify({ max_file_bytes: 30000 }));
}

const configCase = (name: string, body: string | null) => {
  const file = join(root, name);
  if (body !== null) writeFileSync(file, body);
  return file;
};

let main: CliResult;
const configRuns: Record<string, { result: CliResult; out: string }> = {};

beforeAll(async () => {
  makeInputs();
  const cases: Record<string, string[]> = {
    missingConfig: ['--config', configCase('missing.config.json', null)],
    invalidJson: ['--config', configCase('broken.config.json', '{"concurrency": 2,')],
    unknownKey: ['--config', configCase('unknown.config.json', '{"concurency": 2}')],
    wrongType: ['--config', configCase('type.config.json', '{"max_file_bytes": "50MB"}')],
    nestedWrongType: ['--config', configCase('nested.config.json', '{"issues": {"x": {"issue_date": "2024/02/29"}}}')],
    badIssueDate: ['--issue-date', '2024-02-30'],
  };
  const [mainResult, ...others] = await Promise.all([
    runCli([input, missing, '--out', out, '--config', config, '--verbose']),
    ...Object.entries(cases).map(([name, args]) => runCli([SAMPLE, '--out', join(root, `out-${name}`), ...args])),
  ]);
  main = mainResult!;
  Object.keys(cases).forEach((name, k) => (configRuns[name] = { result: others[k]!, out: join(root, `out-${name}`) }));
}, 60_000);

const stderrLines = () => main.stderr.trimEnd().split('\n');
const json = (id: string) => JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8'));
const RECORDS = ['articles', 'quantities', 'dates', 'organizations', 'facts'] as const;

describe('a run with every kind of bad input beside good ones', () => {
  it('exits 1 (some inputs failed) and prints no stack trace', () => {
    expect(main.status).toBe(1);
    expect(main.stderr).not.toMatch(STACK_TRACE);
    expect(main.stdout).toBe('');
  });

  it('gives one line naming the file and the reason for each bad input', () => {
    const lines = stderrLines();
    const expected: [string, RegExp][] = [
      [`error: ${at('binary.txt')}: `, /binary file \(contains NUL bytes\), not text$/],
      [`error: ${at('invalid.txt')}: `, /not valid UTF-8 or GB18030 text$/],
      [`error: ${at('too-large.txt')}: `, /too large \(36000 bytes; max_file_bytes is 30000\)$/],
      [`error: ${missing}: `, /no such file or directory$/],
      [`notice: ${at('empty.txt')}: `, /no text \(empty or whitespace only\); written with no records$/],
      [`notice: ${at('whitespace.txt')}: `, /no text/],
      [`notice: ${at('photo.png')}: `, /skipped \(not a \.txt text file\)$/],
      [`notice: ${at('notes.md')}: `, /skipped \(not a \.txt text file\)$/],
      [`notice: ${join(input, 'sub', 'loop')}: `, /skipped \(directory already visited: symlink loop or repeated path\)$/],
    ];
    if (!isRoot) expected.push([`error: ${at('unreadable.txt')}: `, /cannot read \(EACCES\)$/]);
    for (const [prefix, reason] of expected) {
      const matching = lines.filter((l) => l.startsWith(prefix));
      expect(matching, prefix).toHaveLength(1);
      expect(matching[0]!.slice(prefix.length), prefix).toMatch(reason);
    }
    const failed = isRoot ? 4 : 5;
    expect(lines.at(-1)).toBe(`6 issue(s) written to ${out}/, ${failed} with errors; the tables cover 6 issue(s)`);
    expect(lines).toHaveLength(expected.length + 1);
  });

  it.skipIf(isRoot)('an unreadable file (chmod 000) is one error line (skipped as root, who can read it anyway)', () => {
    expect(main.stderr).toContain(`error: ${at('unreadable.txt')}: cannot read (EACCES)`);
  });

  it('errors.jsonl holds the same error lines, one JSON object each', () => {
    const logged = readFileSync(join(out, 'errors.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).message);
    const printed = stderrLines().filter((l) => l.startsWith('error: ')).map((l) => l.slice('error: '.length));
    expect(logged).toEqual(printed);
  });

  it('writes every good input, nothing for the bad ones, and no temporary files', () => {
    const written = ['2024-02-29-chongqing-daily', '2024-02-29-chongqing-daily-gb18030', '2024-02-29-chongqing-daily-bom', 'empty', 'whitespace', 'utf16'];
    for (const id of written) expect(existsSync(join(out, `${id}.json`)), id).toBe(true);
    for (const id of ['binary', 'invalid', 'too-large', 'unreadable', 'photo', 'notes']) expect(existsSync(join(out, `${id}.json`)), id).toBe(false);
    for (const csv of ['quantities', 'dates', 'organizations', 'facts']) expect(existsSync(join(out, `${csv}.csv`))).toBe(true);
    expect(readFileSync(join(out, 'errors.jsonl'), 'utf8')).not.toBe('');
  });

  it('the GB18030 copy and the BOM copy of the sample give the same records and offsets as the UTF-8 original', () => {
    const original = json('2024-02-29-chongqing-daily');
    expect(original.encoding).toBe('utf-8');
    expect(original.quantities.length + original.dates.length + original.organizations.length).toBeGreaterThan(0);
    for (const [id, encoding] of [['2024-02-29-chongqing-daily-gb18030', 'gb18030'], ['2024-02-29-chongqing-daily-bom', 'utf-8-bom']] as const) {
      const copy = json(id);
      expect(copy.encoding).toBe(encoding);
      expect(copy.issue_date).toBe(original.issue_date);
      for (const key of RECORDS) expect(copy[key], `${id} ${key}`).toEqual(original[key]);
    }
  });

  it('UTF-16 with a BOM is decoded; its offsets point into the decoded text', () => {
    const doc = json('utf16');
    expect(doc.encoding).toBe('utf-16le-bom');
    const text = [...'2024年2月29日，重庆市研发投入达750亿元，增长10%。\n'];
    for (const key of ['quantities', 'dates', 'organizations'] as const) {
      for (const r of doc[key]) expect(text.slice(r.start, r.end).join('')).toBe(r.text);
    }
  });

  it('an empty or whitespace-only file gives an issue with no records', () => {
    for (const id of ['empty', 'whitespace']) {
      const doc = json(id);
      for (const key of RECORDS) expect(doc[key], `${id} ${key}`).toEqual([]);
    }
  });

  it('the CSVs parse and hold exactly the records of the written issues', () => {
    const ids = ['2024-02-29-chongqing-daily', '2024-02-29-chongqing-daily-gb18030', '2024-02-29-chongqing-daily-bom', 'empty', 'whitespace', 'utf16'];
    for (const table of ['quantities', 'dates', 'organizations', 'facts'] as const) {
      const rows: Record<string, string>[] = parse(readFileSync(join(out, `${table}.csv`), 'utf8'), { columns: true });
      const expected = ids.flatMap((id) => json(id)[table].map((r: { id: string }) => `${id}/${r.id}`)).sort();
      expect(rows.map((r) => `${r.issue_id}/${r.id}`).sort(), table).toEqual(expected);
    }
  });
});

describe('configuration and usage errors: one line naming the file and field, exit 2, nothing written', () => {
  const expectations: [string, RegExp][] = [
    ['missingConfig', /^error: .*missing\.config\.json: config file not found$/],
    ['invalidJson', /^error: .*broken\.config\.json: not valid JSON \(.+\)$/],
    ['unknownKey', /^error: .*unknown\.config\.json: invalid config: unknown key "concurency"/],
    ['wrongType', /^error: .*type\.config\.json: invalid config: max_file_bytes: /],
    ['nestedWrongType', /^error: .*nested\.config\.json: invalid config: issues\.x\.issue_date: expected a real date YYYY-MM-DD$/],
    ['badIssueDate', /^error: option '--issue-date <date>' argument '2024-02-30' is invalid\. expected a real date YYYY-MM-DD$/],
  ];
  for (const [name, line] of expectations) {
    it(name, () => {
      const { result, out: dir } = configRuns[name]!;
      expect(result.status).toBe(2);
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect(result.stderr.split('\n')[0]).toMatch(line);
      if (name !== 'badIssueDate') expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(existsSync(dir)).toBe(false);
    });
  }
});

describe('mistyped commands write nothing', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: { ...process.env, CI: 'true', ...env }, encoding: 'utf8' });

  it('`npm run extract --out results` (npm took --out): exit 2, one line saying how to write it', () => {
    const dir = join(root, 'out-npm');
    const result = cli(['results'], { npm_lifecycle_event: 'extract', npm_config_out: 'true' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('error: npm took --out as its own option, so the pipeline never saw it; write `npm run extract -- --out …` (nothing was run)\n');
    expect(existsSync(dir)).toBe(false);
  }, 30_000);

  it('--merge of a folder that does not exist, or with inputs: exit 2, one line', () => {
    expect(cli(['--merge', join(root, 'nowhere')]).stderr).toBe(`error: ${join(root, 'nowhere')}: no such output folder\n`);
    const withInputs = cli([SAMPLE, '--merge', out]);
    expect(withInputs.status).toBe(2);
    expect(withInputs.stderr).toBe('error: --merge rebuilds the tables of a folder: give it no inputs\n');
  }, 30_000);
});
