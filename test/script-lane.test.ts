/**
 * The pool's language lanes (src/run/script-lane.ts, src/input-head.ts):
 * Chinese text, in UTF-8 or GB18030, goes to lane 0, English to lane 1, from
 * its first bytes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { scriptLane } from '../src/run/script-lane.js';
import { tempDir } from './helpers/temp.js';

const dir = tempDir('script-lane');
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

it('Chinese text goes to lane 0, English to lane 1, an unreadable file to lane 1', () => {
  const zh = '新华社北京3月5日电 重庆市今年投入750亿元，增长12%。\n';
  expect(scriptLane(file('zh.txt', zh.repeat(40)))).toBe(0);
  expect(scriptLane(file('zh-gb18030.txt', new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa, 0xc8, 0xcb, 0xc3, 0xf1, 0x31, 0x39, 0x39, 0x38])))).toBe(0);
  expect(scriptLane(file('en.txt', 'Acme Corp said sales rose 5 percent in 2023 to $2.5 billion (¥18 billion).\n'.repeat(40)))).toBe(1);
  expect(scriptLane(join(dir, 'missing.txt'))).toBe(1);
});

it('the lane follows the script, not the share of non-ASCII bytes', () => {
  expect(scriptLane(file('accents.txt', 'Café Société résumé: ¥1,200 — €9.\n'.repeat(40)))).toBe(1);
  expect(scriptLane(file('en-with-han.txt', `${'x'.repeat(500)} 中国银行 ${'y'.repeat(400)}`))).toBe(0);
});
