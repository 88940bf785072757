/**
 * Whether bin/extract.js starts the segmentation thread (segment-thread.ts)
 * first thing, before the CLI's bundle loads and parses the command line: a
 * guess from the raw arguments and the config file. A wrong guess costs only
 * time (a thread the CLI then stops, or a dictionary loaded later in the
 * CLI's own thread); the CLI decides whether to tag through the thread
 * (cli.ts). A thread is not started for nothing: its start alone costs about
 * a tenth of a second of CPU.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import { readConfigJson } from './config-file.js';
import { mayBeChinese } from './input-head.js';
import { TEXT_EXTENSIONS } from './inputs.js';
import { defaultJobs } from './run/pool.js';
import { DEFAULT_SEGMENTER, SEGMENTERS, type SegmenterName } from './segmenter-names.js';

/**
 * At most this many input files, run on one thread by default (`defaultJobs`
 * in run/pool.ts): a small run, where the dictionary's build is much of the
 * run. In a large one, tagging through another thread costs more than it
 * saves (Chinese ×16 on one thread: ~5% more CPU).
 */
const SMALL_RUN_FILES = 8;

/** The value of `--name v` or `--name=v`. */
function optionValue(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at >= 0) return args[at + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

/** The config's settings (none: {}), or undefined when it cannot be read (the CLI reports that). */
function configOf(args: readonly string[]): Record<string, unknown> | undefined {
  try {
    return (readConfigJson(optionValue(args, '--config')) as Record<string, unknown> | undefined) ?? {};
  } catch {
    return undefined;
  }
}

/**
 * The text files of the arguments that are files or folders (an option's
 * value among them: an output folder has no .txt file), or of `corpus` when
 * none is, and whether a folder has subfolders (their files not listed).
 */
function argumentFiles(args: readonly string[]): { files: string[]; nested: boolean } {
  const paths = args.filter((a) => !a.startsWith('-'));
  const files: string[] = [];
  let nested = false;
  for (const path of paths.length ? paths : ['corpus']) {
    let entries: Dirent[];
    try {
      if (!statSync(path).isDirectory()) {
        files.push(path);
        continue;
      }
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      continue; // not a path
    }
    nested ||= entries.some((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules');
    files.push(...entries.filter((e) => TEXT_EXTENSIONS.has(extname(e.name).toLowerCase())).map((e) => join(path, e.name)));
  }
  return { files, nested };
}

/**
 * The files of a small run (see `argumentFiles`), undefined when it is not:
 * more than SMALL_RUN_FILES files, a folder with subfolders, or more than one
 * thread's share of bytes.
 */
function smallRunFiles(args: readonly string[]): string[] | undefined {
  const { files, nested } = argumentFiles(args);
  return !nested && files.length <= SMALL_RUN_FILES && defaultJobs(files) === 1 ? files : undefined;
}

/**
 * Whether the run will have a worker thread, by default (`defaultJobs`) or by
 * `--jobs`, when the number of threads is not set to one (by `--jobs` or the
 * config's `concurrency`): bin/extract.js then starts one before the CLI loads.
 */
export function poolWorkerAhead(args: readonly string[]): boolean {
  const jobs = optionValue(args, '--jobs') ?? configOf(args)?.concurrency;
  if (jobs !== undefined) return Number(jobs) > 1;
  return defaultJobs(argumentFiles(args).files) > 1;
}

/** The backend the config names, when the run the arguments ask for is small and may segment Chinese. */
export function backendToStartAhead(args: readonly string[]): SegmenterName | undefined {
  const config = configOf(args);
  const name = SEGMENTERS.find((s) => s === (config && (config.segmenter ?? DEFAULT_SEGMENTER)));
  if (!name) return undefined;
  const mayTag = (smallRunFiles(args) ?? []).some((file) => {
    try {
      return mayBeChinese(file);
    } catch {
      return false; // reported when the run reads it
    }
  });
  return mayTag ? name : undefined;
}
