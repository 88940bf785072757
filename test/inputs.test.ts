import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs } from '../src/inputs.js';
import { tempDir } from './helpers/temp.js';

const root = tempDir('inputs');
const p = (...parts: string[]) => join(root, ...parts);

mkdirSync(p('corpus', 'b-sub', 'deeper'), { recursive: true });
mkdirSync(p('corpus', 'a-sub'));
for (const name of ['z.txt', 'a.TXT', 'm.text', 'photo.jpg', 'scan.pdf', 'README', '.hidden.txt']) writeFileSync(p('corpus', name), '重庆');
writeFileSync(p('corpus', 'b-sub', 'deeper', 'd.txt'), '重庆');
writeFileSync(p('corpus', 'a-sub', 'c.txt'), '重庆');
symlinkSync('../..', p('corpus', 'b-sub', 'deeper', 'up')); // loops back to corpus/
symlinkSync('nowhere.txt', p('corpus', 'broken.txt'));
symlinkSync('self-b.txt', p('corpus', 'self-a.txt'));
symlinkSync('self-a.txt', p('corpus', 'self-b.txt'));
symlinkSync('z.txt', p('corpus', 'linked.txt')); // a link to a text file is read like the file
writeFileSync(p('named.md'), 'x');
let fifo = true;
try {
  execFileSync('mkfifo', [p('corpus', 'pipe.txt')]);
} catch {
  fifo = false;
}

describe('collectInputs', () => {
  const result = collectInputs([p('corpus'), p('named.md'), p('missing.txt'), p('corpus', 'a-sub')]);

  it('walks directories in sorted order, keeping .txt/.text files only (any case), skipping dot files', () => {
    expect(result.files).toEqual([
      p('corpus', 'a-sub', 'c.txt'),
      p('corpus', 'a.TXT'),
      p('corpus', 'b-sub', 'deeper', 'd.txt'),
      p('corpus', 'linked.txt'),
      p('corpus', 'm.text'),
      p('corpus', 'z.txt'),
      p('named.md'), // a file named on the command line is read whatever its extension
    ]);
  });

  it('skips other files with a notice naming each', () => {
    for (const name of ['photo.jpg', 'scan.pdf', 'README']) {
      expect(result.skipped).toContain(`${p('corpus', name)}: skipped (not a .txt text file)`);
    }
  });

  it('walks a symlink loop once, with a notice, and a directory named twice once', () => {
    expect(result.skipped).toContain(`${p('corpus', 'b-sub', 'deeper', 'up')}: skipped (directory already visited: symlink loop or repeated path)`);
    expect(result.skipped).toContain(`${p('corpus', 'a-sub')}: skipped (directory already visited: symlink loop or repeated path)`);
    expect(new Set(result.files).size).toBe(result.files.length);
  });

  it('skips broken and self-referencing links with a notice', () => {
    for (const name of ['broken.txt', 'self-a.txt', 'self-b.txt']) {
      expect(result.skipped).toContain(`${p('corpus', name)}: skipped (broken or looping link)`);
    }
  });

  it.skipIf(!fifo)('skips a FIFO named .txt instead of blocking on it', () => {
    expect(result.skipped).toContain(`${p('corpus', 'pipe.txt')}: skipped (not a regular file)`);
    expect(collectInputs([p('corpus', 'pipe.txt')]).errors.map((e) => e.message)).toEqual([`${p('corpus', 'pipe.txt')}: not a regular file`]);
  });

  it('reports a missing path as an error line', () => {
    expect(result.errors.map((e) => e.message)).toEqual([`${p('missing.txt')}: no such file or directory`]);
  });
});

describe('collectInputs never walks node_modules, .git or the output folder', () => {
  const top = p('project');
  for (const dir of ['node_modules/pkg', '.git/logs', 'output', 'corpus']) mkdirSync(join(top, dir), { recursive: true });
  for (const file of ['node_modules/pkg/README.txt', '.git/logs/HEAD.txt', 'output/x.txt', 'corpus/issue.txt']) writeFileSync(join(top, file), '重庆');
  const result = collectInputs([top], [join(top, 'output')]);

  it('reads only the corpus and lists each skipped directory once', () => {
    expect(result.files).toEqual([join(top, 'corpus', 'issue.txt')]);
    expect(result.skipped).toEqual([
      `${join(top, '.git')}: skipped (.git directory)`,
      `${join(top, 'node_modules')}: skipped (node_modules directory)`,
      `${join(top, 'output')}: skipped (the output folder)`,
    ]);
  });
});
