import { InvalidArgumentError } from 'commander';

/** A command-line option that must be a positive integer (`--concurrency`, `--lock-ms`). */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}
