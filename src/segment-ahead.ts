/**
 * Which thread bin/extract.js starts first thing, before the CLI's bundle
 * loads and parses the command line (segment-thread.ts): a guess from the
 * raw arguments, the config file and the inputs' sizes. A wrong guess costs
 * only time (a thread the CLI then stops or no pool takes, or a dictionary
 * loaded later in the CLI's own thread); the CLI decides whether to tag
 * through the segmentation thread (cli.ts). A thread is not started for
 * nothing: its start alone costs about a tenth of a second of CPU.
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

/** What bin/extract.js starts first thing: the segmentation thread of a backend, a worker of the run's pool, or nothing. */
export type StartedAhead = SegmenterName | 'pool worker' | undefined;

/**
 * The segmentation thread of the backend the config names when the run is
 * small (at most SMALL_RUN_FILES files, no subfolder, one thread's share of
 * bytes) and may segment Chinese; else a pool worker when the run will have
 * one, by its size (`defaultJobs`) or by `--jobs` or the config's
 * `concurrency` above one. The arguments, the config and the input folders
 * are read once.
 */
export function threadToStartAhead(args: readonly string[]): StartedAhead {
  const config = configOf(args);
  const { files, nested } = argumentFiles(args);
  const small = !nested && files.length <= SMALL_RUN_FILES && defaultJobs(files) === 1;
  const backend = SEGMENTERS.find((s) => s === (config && (config.segmenter ?? DEFAULT_SEGMENTER)));
  if (small && backend && files.some(mayBeChineseFile)) return backend;
  const jobs = optionValue(args, '--jobs') ?? config?.concurrency;
  return (jobs !== undefined ? Number(jobs) > 1 : !small && defaultJobs(files) > 1) ? 'pool worker' : undefined;
}

function mayBeChineseFile(file: string): boolean {
  try {
    return mayBeChinese(file);
  } catch {
    return false; // reported when the run reads it
  }
}
