/**
 * Which lane of the pool an input goes to (`PoolOptions.laneOf`): 0 when its
 * first kilobyte is mostly non-ASCII bytes (Chinese, in UTF-8 or GB18030), 1
 * otherwise (English). A thread then keeps to one language while it can and
 * loads that language's segmenter or parser alone; only a hint, never read by
 * the pipeline, so the output is the same whatever it says.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const HEAD_BYTES = 1024;

export function scriptLane(file: string): number {
  const head = Buffer.alloc(HEAD_BYTES);
  let length: number;
  try {
    const fd = openSync(file, 'r');
    try {
      length = readSync(fd, head, 0, HEAD_BYTES, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return 1; // reported when the issue is read
  }
  let high = 0;
  for (let i = 0; i < length; i++) if (head[i]! >= 0x80) high++;
  return high * 3 > length ? 0 : 1;
}
