import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** File extensions read as newspaper text; other files in a directory are skipped with a notice. */
export const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

export interface InputList {
  files: string[];
  /** One line per problem or skipped file: `path: reason`. */
  errors: string[];
  notices: string[];
}

/**
 * Expand the command-line paths into text files, sorted per directory. A named
 * file is always read; inside directories only text files are, and a symlink
 * loop is walked once.
 */
export function collectInputs(paths: string[]): InputList {
  const out: InputList = { files: [], errors: [], notices: [] };
  const seenDirs = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      out.errors.push(`${dir}: cannot read directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      return;
    }
    if (seenDirs.has(real)) {
      out.notices.push(`${dir}: skipped (directory already visited: symlink loop or repeated path)`);
      return;
    }
    seenDirs.add(real);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      out.errors.push(`${dir}: cannot read directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const kind = statKind(path);
      if (kind === 'dir') walk(path);
      else if (kind === 'file' && TEXT_EXTENSIONS.has(extname(name).toLowerCase())) out.files.push(path);
      else if (kind === 'missing') out.notices.push(`${path}: skipped (broken or looping link)`);
      else if (kind === 'other') out.notices.push(`${path}: skipped (not a regular file)`);
      else out.notices.push(`${path}: skipped (not a .txt text file)`);
    }
  };
  for (const p of paths) {
    const kind = statKind(p);
    if (kind === 'dir') walk(p);
    else if (kind === 'file') out.files.push(p);
    else out.errors.push(`${p}: ${kind === 'missing' ? 'no such file or directory' : 'not a regular file'}`);
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
