import { spawn, type ChildProcess } from 'node:child_process';

export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** How the CLI is started: its TypeScript source under tsx, or the compiled bundle `npm run extract` runs. */
export type CliEntry = 'source' | 'bundle';

const ENTRY_ARGS: Record<CliEntry, string[]> = { source: ['--import', 'tsx', 'src/cli.ts'], bundle: ['bin/extract.js'] };

/**
 * Start the CLI as a user would (`npm run extract -- …`), without npx or npm
 * in between (each costs ~1 s): by default node with the tsx loader on
 * src/cli.ts; `bundle` runs bin/extract.js (dist/cli.bundle.cjs and its
 * bundled worker entry, rebuilt first when src/ is newer). CI is set so no
 * progress bar is drawn.
 */
export function startCli(args: string[], entry: CliEntry = 'source'): ChildProcess {
  return spawn(process.execPath, [...ENTRY_ARGS[entry], ...args], {
    env: { ...process.env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Run the CLI to the end; spawn several at once with Promise.all to keep the suite fast. */
export function runCli(args: string[], entry: CliEntry = 'source'): Promise<CliResult> {
  const child = startCli(args, entry);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** No stack trace or Node error dump in what the user sees. */
export const STACK_TRACE = /^\s+at |\bError: |node:internal/m;
