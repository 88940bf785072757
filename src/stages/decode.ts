import type { Encoding } from '../doc.js';
import { InputError } from '../input-error.js';
import type { Stage } from '../stage.js';

const BOMS: { bytes: number[]; label: string; encoding: Encoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], label: 'utf-8', encoding: 'utf-8-bom' },
  { bytes: [0xff, 0xfe], label: 'utf-16le', encoding: 'utf-16le-bom' },
  { bytes: [0xfe, 0xff], label: 'utf-16be', encoding: 'utf-16be-bom' },
];

/** C0 controls other than tab, LF, VT, FF, CR (and ESC/SUB seen in old conversions) mark a binary file. */
const BINARY_CONTROL = /[\u0000-\u0008\u000e-\u0019\u001c-\u001f]/;

/**
 * Below this (smoothed) share of everyday characters (see `everydayShare`) a
 * text that is not UTF-8 but decodes as GB18030 is refused as likely
 * mojibake. Real GBK news text scores ~1.0; Big5, Shift-JIS, Latin-1 and
 * damaged UTF-8 read as GB18030 score 0–0.5.
 */
const MIN_EVERYDAY_SHARE = 0.8;

/** Two everyday characters are assumed before counting, so one rare character in a short text is not enough to refuse it. */
const PRIOR_EVERYDAY = 2;

/**
 * Symbols and Latin letters outside GB2312 that Chinese and English news use
 * (`¥`, `²`, `–`, `€`, `é`): Latin-1, general punctuation, super- and
 * subscripts, currency, letterlike and number forms.
 */
const EVERYDAY_SYMBOL = /[\u00a0-\u00ff\u2000-\u218f]/;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** One strict decoder per label, made on first use: a decode without `stream` starts afresh, so one serves every file. */
const decoders = new Map<string, TextDecoder>();

function tryDecode(label: string, bytes: Uint8Array): string | null {
  let decoder = decoders.get(label);
  if (!decoder) decoders.set(label, (decoder = new TextDecoder(label, { fatal: true, ignoreBOM: false })));
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * How likely a two-byte GB18030 code is in real text: common hanzi (GB2312
 * level 1) and the punctuation, full-width, numeral, Greek and pinyin rows
 * 1; rare hanzi (level 2) ½; kana, Cyrillic, box drawing, user-defined and
 * GBK-extension codes 0 — where Big5, Shift-JIS, Latin-1 and broken UTF-8
 * bytes land when read as GB18030.
 */
function pairWeight(lead: number, trail: number): number {
  if (trail < 0xa1 || trail > 0xfe) return 0;
  if (lead >= 0xb0 && lead <= 0xd7) return 1;
  if (lead >= 0xd8 && lead <= 0xf7) return 0.5;
  return [0xa1, 0xa2, 0xa3, 0xa6, 0xa8].includes(lead) ? 1 : 0;
}

/**
 * The weighted share of everyday characters among the non-ASCII characters
 * of a strict GB18030 decoding (`text` from `bytes`), smoothed by
 * PRIOR_EVERYDAY; 1 when there are none.
 */
export function everydayShare(bytes: Uint8Array, text: string): number {
  let n = 0;
  let weight = 0;
  let i = 0;
  for (const c of text) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const width = lead === 0x80 ? 1 : bytes[i + 1]! >= 0x30 && bytes[i + 1]! <= 0x39 ? 4 : 2;
    n++;
    weight += EVERYDAY_SYMBOL.test(c) ? 1 : width === 2 ? pairWeight(lead, bytes[i + 1]!) : 0;
    i += width;
  }
  return n ? (weight + PRIOR_EVERYDAY) / (n + PRIOR_EVERYDAY) : 1;
}

/** Many NUL bytes at every other position, no BOM: UTF-16 saved without a byte-order mark. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const pairs = Math.min(bytes.length >> 1, 4096);
  if (pairs < 8) return false;
  let even = 0;
  let odd = 0;
  for (let k = 0; k < pairs; k++) {
    if (bytes[2 * k] === 0) even++;
    if (bytes[2 * k + 1] === 0) odd++;
  }
  return Math.max(even, odd) >= pairs * 0.3 && Math.min(even, odd) <= pairs * 0.05;
}

/**
 * Bytes → text. A BOM decides (UTF-8, UTF-16LE/BE); otherwise strict UTF-8,
 * then strict GB18030 when the result reads as Chinese (else it would be
 * mojibake). Anything else, or text with binary control characters, is an
 * InputError: we never produce mojibake.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: Encoding } {
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  const checked = (text: string, encoding: Encoding) => {
    if (BINARY_CONTROL.test(text)) throw new InputError(file, 'binary file (contains control bytes), not text');
    return { text, encoding };
  };
  if (bom) {
    const text = tryDecode(bom.label, bytes);
    if (text === null) throw new InputError(file, `invalid ${bom.label} text after its byte-order mark`);
    return checked(text, bom.encoding);
  }
  if (bytes.includes(0)) {
    throw new InputError(file, looksLikeUtf16WithoutBom(bytes)
      ? 'looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)'
      : 'binary file (contains NUL bytes), not text');
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return checked(utf8, 'utf-8');
  const gb = tryDecode('gb18030', bytes);
  if (gb === null) throw new InputError(file, 'not valid UTF-8 or GB18030 text');
  if (BINARY_CONTROL.test(gb)) return checked(gb, 'gb18030');
  if (everydayShare(bytes, gb) < MIN_EVERYDAY_SHARE) {
    throw new InputError(file, 'not valid UTF-8, and read as GB18030 it gives unlikely characters (mojibake: Big5, Shift-JIS, Latin-1 or damaged UTF-8?)');
  }
  return checked(gb, 'gb18030');
}

export const decodeStage: Stage = {
  name: 'decode',
  run: (doc) => ({ ...doc, ...decodeText(doc.bytes, doc.sourceFile) }),
};
