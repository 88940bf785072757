import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/input-error.js';
import { decodeText, everydayShare } from '../src/stages/decode.js';
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
  it('a file read after one its decoders refused is read afresh (the decoders serve every file)', () => {
    expect(reason(hex('e4b8ff'))).toMatch(/not valid UTF-8 or GB18030/); // 中's first two bytes, then a byte neither allows
    expect(decodeText(utf8(text), 'x.txt')).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(gb18030Bytes('中文'), 'x.txt')).toEqual({ text: '中文', encoding: 'gb18030' });
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

describe('everydayShare', () => {
  const share = (bytes: Uint8Array) => everydayShare(bytes, new TextDecoder('gb18030').decode(bytes));
  it('is about 1 for the sample in GB18030 and 1 for ASCII, low for UTF-8 read as GB18030', () => {
    expect(share(gb18030Bytes(readFileSync(SAMPLE, 'utf8')))).toBeGreaterThan(0.97);
    expect(share(utf8('plain ascii'))).toBe(1);
    expect(share(readFileSync(SAMPLE))).toBeLessThan(0.5);
  });
});

/**
 * Short and mostly-ASCII GB18030 must be accepted; real mojibake must be
 * refused. The bytes were made with Python's codecs (the suite needs no
 * iconv); each refused one does decode as GB18030.
 */
const ENCODING_TABLE: { case: string; hex: string; accept: boolean }[] = [
  { case: '¥24 (GB18030)', hex: '813084363234', accept: true },
  { case: 'Exports rose 15–18 percent. (GB18030)', hex: '4578706f72747320726f7365203135a84331382070657263656e742e', accept: true },
  { case: '面积3000m²。 (GB18030)', hex: 'c3e6bbfd333030306d81308535a1a3', accept: true },
  { case: '朱镕基 (GB18030, one GBK-extension character)', hex: 'd6ece946bbf9', accept: true },
  { case: '今天天气很好。 (GB18030)', hex: 'bdf1ccecccecc6f8badcbac3a1a3', accept: true },
  { case: 'α粒子的能量 (GB18030)', hex: 'a6c1c1a3d7d3b5c4c4dcc1bf', accept: true },
  { case: '气温25℃ (GB18030)', hex: 'c6f8cec23235a1e6', accept: true },
  { case: 'Nestlé said on Monday (GB18030)', hex: '4e6573746ca8a62073616964206f6e204d6f6e646179', accept: true },
  { case: '“一带一路”倡议·第二届 (GB18030)', hex: 'a1b0d2bbb4f8d2bbc2b7a1b1b3abd2e9a1a4b5dab6febdec', accept: true },
  { case: '第①项 (GB18030)', hex: 'b5daa2d9cfee', accept: true },
  { case: 'GDP增长5.2％ (GB18030)', hex: '474450d4f6b3a4352e32a3a5', accept: true },
  { case: '台灣的經濟成長率為百分之三 (Big5)', hex: 'a578c657aabab867c0d9a6a8aaf8b276acb0a6caa4c0a4a7a454', accept: false },
  { case: '中文 (Big5)', hex: 'a4a4a4e5', accept: false },
  { case: '中 (Big5)', hex: 'a4a4', accept: false },
  { case: '日本語のテキストです (Shift-JIS)', hex: '93fa967b8cea82cc8365834c8358836782c582b7', accept: false },
  { case: '東京 (Shift-JIS)', hex: '938c8b9e', accept: false },
  { case: 'München über Straße (Latin-1)', hex: '4dfc6e6368656e20fc6265722053747261df65', accept: false },
  { case: 'Ça coûte très cher (Latin-1)', hex: 'c76120636ffb7465207472e8732063686572', accept: false },
  { case: '重庆市研发投入增长 (UTF-8 missing its first byte)', hex: '878de5ba86e5b882e7a094e58f91e68a95e585a5e5a29ee995bf', accept: false },
];

describe('GB18030 or mojibake: the table', () => {
  for (const row of ENCODING_TABLE) {
    it(`${row.accept ? 'accepts' : 'refuses'} ${row.case}`, () => {
      const bytes = hex(row.hex);
      const gb = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      if (row.accept) expect(decodeText(bytes, 'x.txt')).toEqual({ text: gb, encoding: 'gb18030' });
      else expect(reason(bytes)).toMatch(/mojibake/);
    });
  }
});
