import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The name of a temporary file of `writeFileAtomic`; group 1 is the writing process id. */
export const TEMP_FILE = /^\..+\.(\d+)\.tmp$/;

/** A file being written piece by piece; it appears under its name, whole, only on `commit()`. */
export interface AtomicFile {
  write(data: string): void;
  commit(): void;
  abort(): void;
}

/**
 * Open a temporary file beside `path`; `commit()` flushes it and renames it
 * over `path`, so the file is either the old one or the whole new one.
 */
export function openAtomic(path: string): AtomicFile {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w');
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: (data) => void writeSync(fd, data),
    commit: () => {
      fsyncSync(fd);
      close();
      renameSync(tmp, path);
    },
    abort: () => {
      close();
      rmSync(tmp, { force: true });
    },
  };
}

/** Write a whole file atomically (see `openAtomic`). */
export function writeFileAtomic(path: string, data: string): void {
  const file = openAtomic(path);
  try {
    file.write(data);
    file.commit();
  } catch (e) {
    file.abort();
    throw e;
  }
}
