import { spawnSync } from 'node:child_process';
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The name of a temporary file of `writeFileAtomic`; group 1 is the writing process id. */
export const TEMP_FILE = /^\..+\.(\d+)\.tmp$/;

/**
 * Write a file so that it is either the old one or the whole new one, never
 * half-written: a temporary file beside it, then renamed over it. Another
 * process (or a later run after this one was killed) never sees a partial
 * file. Reaching the disk is not waited for here, file by file: a run makes
 * its outputs durable once, at its end, with `syncDirectory`.
 */
export function writeFileAtomic(path: string, data: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

function fsyncPath(path: string, flags: string): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Durability once per run: every file in `dir` and the directory itself (its
 * renames) reach the disk. One `sync -f` (syncfs: the whole file system in
 * one call) where coreutils has it, else an fsync per file. After this
 * returns, a power loss keeps the run's outputs. A power loss (not a crash of
 * the process: that never leaves a partial file) before it may leave a file
 * written since absent, in its previous version, or on some file systems
 * empty or incomplete: run the interrupted run again.
 */
export function syncDirectory(dir: string): void {
  if (spawnSync('sync', ['-f', dir], { stdio: 'ignore' }).status === 0) return;
  for (const name of readdirSync(dir)) if (!TEMP_FILE.test(name)) fsyncPath(join(dir, name), 'r');
  fsyncPath(dir, 'r');
}
