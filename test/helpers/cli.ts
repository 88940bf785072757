import { spawn, type ChildProcess } from 'node:child_process';

export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Start the CLI as a user would (`npm run extract -- …`), without npx or npm
 * in between (each costs ~1 s): node with the tsx loader on src/cli.ts. CI is
 * set so no progress bar is drawn.
 */
export function startCli(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    env: { ...process.env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Run the CLI to the end; spawn several at once with Promise.all to keep the suite fast. */
export function runCli(args: string[]): Promise<CliResult> {
  const child = startCli(args);
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
