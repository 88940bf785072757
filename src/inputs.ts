import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { InputError } from './input-error.js';

/** File extensions read as newspaper text; other files in a directory are skipped with a notice. */
export const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

/** The issue id of an input: its file name without the extension. */
export function issueIdOf(file: string): string {
  return basename(file, extname(file));
}

/** Directories never walked into: installed packages and version-control data. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface InputList {
  files: string[];
  /** A named path that cannot be read, or a directory that cannot be walked. */
  errors: InputError[];
  /** One line per file or directory skipped inside a directory: `path: skipped (reason)`. */
  skipped: string[];
}

/**
 * Expand the command-line paths into text files, sorted per directory. A named
 * file is always read; inside directories only text files are, a symlink
 * loop is walked once, and `node_modules`, `.git` and the `exclude`
 * directories (the output folder) are not walked.
 */
export function collectInputs(paths: string[], exclude: string[] = []): InputList {
  const out: InputList = { files: [], errors: [], skipped: [] };
  const seenDirs = new Set<string>();
  const excluded = new Set(exclude.flatMap((dir) => {
    try {
      return [realpathSync(dir)];
    } catch {
      return [];
    }
  }));
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      out.errors.push(new InputError(dir, `cannot read directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`));
      return;
    }
    if (excluded.has(real)) {
      out.skipped.push(`${dir}: skipped (the output folder)`);
      return;
    }
    if (seenDirs.has(real)) {
      out.skipped.push(`${dir}: skipped (directory already visited: symlink loop or repeated path)`);
      return;
    }
    seenDirs.add(real);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      out.errors.push(new InputError(dir, `cannot read directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`));
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (SKIPPED_DIRS.has(name)) {
        out.skipped.push(`${path}: skipped (${name} directory)`);
        continue;
      }
      if (name.startsWith('.')) continue;
      const kind = statKind(path);
      if (kind === 'dir') walk(path);
      else if (kind === 'file' && TEXT_EXTENSIONS.has(extname(name).toLowerCase())) out.files.push(path);
      else if (kind === 'missing') out.skipped.push(`${path}: skipped (broken or looping link)`);
      else if (kind === 'other') out.skipped.push(`${path}: skipped (not a regular file)`);
      else out.skipped.push(`${path}: skipped (not a .txt text file)`);
    }
  };
  for (const p of paths) {
    const kind = statKind(p);
    if (kind === 'dir') walk(p);
    else if (kind === 'file') out.files.push(p);
    else out.errors.push(new InputError(p, kind === 'missing' ? 'no such file or directory' : 'not a regular file'));
  }
  return out;
}

function statKind(path: string): 'file' | 'dir' | 'other' | 'missing' {
  try {
    const s = statSync(path);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}
