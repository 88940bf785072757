import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/input-error.js';
import { decodeText, gb2312Share } from '../src/stages/decode.js';
import { gb18030Bytes } from './helpers/encodings.js';

const SAMPLE = 'corpus/2024-02-29-chongqing-daily.txt';
const hex = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => Uint8Array.from(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => Uint8Array.from(Buffer.from(s, 'utf16le').swap16());
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

/** The one-line reason decodeText gives for these bytes (it must throw an InputError naming the file). */
function reason(bytes: Uint8Array): string {
  try {
    decodeText(bytes, 'x.txt');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message.startsWith('x.txt: ')).toBe(true);
    expect((e as Error).message).not.toContain('\n');
    return (e as InputError).reason;
  }
  throw new Error('decoded without an error');
}

describe('decodeText: accepted encodings', () => {
  const text = '重庆GDP增长６.１%，达３万亿元。𠀀';
  it('strict UTF-8 without a BOM', () => {
    expect(decodeText(utf8(text), 'x.txt')).toEqual({ text, encoding: 'utf-8' });
  });
  it('UTF-8 with a BOM: the BOM is not part of the text, so offsets start after it', () => {
    expect(decodeText(concat(hex('efbbbf'), utf8(text)), 'x.txt')).toEqual({ text, encoding: 'utf-8-bom' });
  });
  it('UTF-16LE and UTF-16BE with a BOM', () => {
    expect(decodeText(concat(hex('fffe'), utf16le(text)), 'x.txt')).toEqual({ text, encoding: 'utf-16le-bom' });
    expect(decodeText(concat(hex('feff'), utf16be(text)), 'x.txt')).toEqual({ text, encoding: 'utf-16be-bom' });
  });
  it('GB18030/GBK: the sample issue decodes to exactly the UTF-8 original', () => {
    const original = readFileSync(SAMPLE, 'utf8');
    expect(decodeText(gb18030Bytes(original), SAMPLE)).toEqual({ text: original, encoding: 'gb18030' });
  });
  it('GBK text with a few characters outside GB2312 (朱镕基) is still accepted', () => {
    // 中文GBK测试：鎔基（朱镕基） in GBK: 鎔 and 镕 lie in the GBK extension rows.
    const bytes = hex('d6d0cec447424bb2e2cad4a3bae667bbf9a3a8d6ece946bbf9a3a9d6d0b9facbaeb5c4b9a4d2b5d4f6b3a4c1cbb0d9b7d6d6aecaae');
    expect(decodeText(bytes, 'x.txt').encoding).toBe('gb18030');
    expect(decodeText(bytes, 'x.txt').text.startsWith('中文GBK测试：鎔基（朱镕基）')).toBe(true);
  });
  it('plain ASCII, tabs, form feeds and CR/LF are text', () => {
    expect(decodeText(utf8('a\tb\r\n\fc\u000bd'), 'x.txt').text).toBe('a\tb\r\n\fc\u000bd');
  });
  it('an empty file decodes to empty text (the runner reports it as a notice)', () => {
    expect(decodeText(new Uint8Array(), 'x.txt')).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('decodeText: refused input, one line naming the file', () => {
  it('binary with NUL bytes', () => {
    expect(reason(hex('89504e470d0a1a0a0000000d49484452'))).toMatch(/binary file/);
    expect(reason(utf8('abc\u0000def'))).toMatch(/binary file/);
  });
  it('valid UTF-8 with binary control characters', () => {
    expect(reason(utf8('abc\u0001\u0002def'))).toMatch(/binary file/);
  });
  it('bytes invalid as UTF-8 and as GB18030', () => {
    expect(reason(hex('616263ff646566'))).toBe('not valid UTF-8 or GB18030 text');
  });
  it('UTF-16 without a BOM is recognised and refused with a hint', () => {
    expect(reason(utf16le('Hello world, this is text'))).toMatch(/UTF-16 without a byte-order mark/);
  });
  it('broken UTF-16 after its BOM', () => {
    expect(reason(concat(hex('fffe'), hex('41')))).toMatch(/invalid utf-16le text after its byte-order mark/);
    expect(reason(concat(hex('fffe'), utf16le('a'), hex('00d8'), utf16le('b')))).toMatch(/invalid utf-16le/); // lone surrogate
  });
  it('broken UTF-8 after its BOM is not retried as GB18030', () => {
    expect(reason(concat(hex('efbbbf'), hex('d6d0cec4')))).toMatch(/invalid utf-8 text after its byte-order mark/);
  });
  it('never mojibake: Big5, Shift-JIS, Latin-1 and damaged UTF-8 that happen to decode as GB18030 are refused', () => {
    const big5 = hex('a578c657b867c0d9a6a8aaf8b276b946a8eca6caa4c0a4a7a454a141bb4fa55fa5abac46a9b2aaeda5dca143');
    const shiftJis = hex('82b182ea82cd93fa967b8cea82cc83658358836782c582b78142938c8b9e937382cd906c8cfb82aa91bd82a28142');
    const latin1 = Uint8Array.from(Buffer.from('M\xfcnchen \xfcber Stra\xdfe', 'latin1'));
    for (const bytes of [big5, shiftJis, latin1]) {
      expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes)).toBeTruthy(); // they do decode…
      expect(reason(bytes)).toMatch(/mojibake/); // …but are refused
    }
    const sample = readFileSync(SAMPLE);
    let refused = 0;
    for (let k = 0; k < 100; k++) {
      const damaged = Uint8Array.from(sample.subarray(k * 60, k * 60 + 90));
      damaged[0] = 0x81; // not UTF-8 any more, and a GB18030 lead byte: the rest may decode as GB18030
      try {
        decodeText(damaged, 'x.txt');
      } catch {
        refused++;
      }
    }
    expect(refused).toBe(100);
  });
});

describe('gb2312Share', () => {
  it('is 1 for the sample in GB18030 and for ASCII, low for other encodings', () => {
    expect(gb2312Share(gb18030Bytes(readFileSync(SAMPLE, 'utf8')))).toBe(1);
    expect(gb2312Share(utf8('plain ascii'))).toBe(1);
    expect(gb2312Share(readFileSync(SAMPLE))).toBeLessThan(0.5);
  });
});
