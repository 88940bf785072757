import { spawn, spawnSync } from 'node:child_process';
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The name of a temporary file of `writeFileAtomic`; group 1 is the writing process id. */
export const TEMP_FILE = /^\..+\.(\d+)\.tmp$/;

/** A file being written piece by piece; it appears under its name, whole, only on `commit()`. */
export interface AtomicFile {
  write(data: string | Uint8Array): void;
  commit(): void;
  abort(): void;
}

/**
 * Open a file that will be either the old one or the whole new one, never
 * half-written: a temporary file beside it, renamed over it on `commit()`. Another
 * process (or a later run after this one was killed) never sees a partial
 * file. Reaching the disk is not waited for here, file by file: a run makes
 * its outputs durable once, at its end, with `syncDirectory`.
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
    write: (data) => {
      // writeSync may write less than asked: loop until every byte is out.
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
    },
    commit: () => {
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
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const file = openAtomic(path);
  try {
    file.write(data);
    file.commit();
  } catch (e) {
    file.abort();
    throw e;
  }
}

/**
 * Temporary files of `writeFileAtomic` left by a run that was killed (their
 * process is gone) are removed, so a re-run leaves a clean directory.
 */
export function removeStaleTempFiles(outDir: string): void {
  for (const name of readdirSync(outDir)) {
    const pid = TEMP_FILE.exec(name)?.[1];
    if (pid && !processIsAlive(Number(pid))) rmSync(join(outDir, name), { force: true });
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
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
 * Characters of issue files a run writes between two early writebacks (see
 * `earlyWriteback`): 4–12 MB of UTF-8, counted without encoding the text again.
 */
const WRITEBACK_CHARS = 4 << 20;

/** Starts `sync -f dir` in a child process; `done(false)` when it failed or `sync -f` is missing. */
function syncInBackground(dir: string, done: (ok: boolean) => void): void {
  const sync = spawn('sync', ['-f', dir], { stdio: 'ignore' });
  sync.on('error', () => done(false));
  sync.on('exit', (code) => done(code === 0));
  sync.unref();
}

/**
 * Writeback started early: after every `every` characters written, a sync of the
 * folder that the run does not wait for (one at a time), so the disk takes
 * the run's files while the run goes on and the sync at its end
 * (`syncDirectory`) finds less left to write. No guarantee changes: only
 * that last sync is waited for. After a failed one none is tried again. A
 * sync is seen to end only when the event loop turns: a run on one thread,
 * which turns it only at its end, starts one.
 */
export function earlyWriteback(dir: string, every = WRITEBACK_CHARS, start = syncInBackground): (chars: number) => void {
  let written = 0;
  let busy = false;
  let failed = false;
  return (chars) => {
    written += chars;
    if (busy || failed || written < every) return;
    written = 0;
    busy = true;
    start(dir, (ok) => {
      busy = false;
      failed ||= !ok;
    });
  };
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
