/**
 * Whether an input file may be Chinese, from its first 4 KB: the one guess
 * made before an issue is read, by the start-up (segment-ahead.ts: start the
 * segmentation thread?) and by the pool's language lanes (run/script-lane.ts).
 * Only ever a hint: the pipeline detects each sentence's language itself, so
 * a wrong guess costs time, never output.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const HAN = /\p{Script=Han}/u;
/** The bytes looked at: a few paragraphs, enough to pass a masthead or an English dateline. */
const HEAD_BYTES = 4096;

/**
 * Han characters in UTF-8, or bytes that are not UTF-8 (GB18030, UTF-16 with
 * its byte-order mark); not pure ASCII, nor UTF-8 whose only non-ASCII
 * characters are accents or signs (`é`, `¥`). Throws when the file cannot be read.
 */
export function mayBeChinese(file: string): boolean {
  const bytes = new Uint8Array(HEAD_BYTES);
  const fd = openSync(file, 'r');
  let n: number;
  try {
    n = readSync(fd, bytes, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const head = bytes.subarray(0, n);
  if (head.every((b) => b < 0x80)) return false;
  const text = new TextDecoder('utf-8').decode(head, { stream: true }); // a character cut at the end is held back, not replaced
  return text.includes('\uFFFD') || HAN.test(text);
}
