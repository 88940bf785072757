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
 * Below this share of everyday characters (see `gb2312Share`) a text that is
 * not UTF-8 but decodes as GB18030 is refused as likely mojibake. Real GBK
 * news text scores ~1.0; Big5, Shift-JIS, Latin-1 and damaged UTF-8 read as
 * GB18030 score 0–0.45.
 */
const MIN_GB2312_SHARE = 0.8;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Of the multi-byte characters of GB18030 bytes, the share that lie in the
 * GB2312 area (lead 0xA1–0xF7 except the user-defined rows 0xAA–0xAF, trail
 * 0xA1–0xFE): the common hanzi and CJK punctuation. Other encodings read as
 * GB18030 land mostly in the GBK extension rows, four-byte forms or
 * user-defined areas. 1 when there are no multi-byte characters.
 */
export function gb2312Share(bytes: Uint8Array): number {
  let multi = 0;
  let common = 0;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = bytes[i + 1] ?? 0;
    multi++;
    if (trail >= 0x30 && trail <= 0x39) {
      i += 4;
      continue;
    }
    if (lead >= 0xa1 && lead <= 0xf7 && !(lead >= 0xaa && lead <= 0xaf) && trail >= 0xa1 && trail <= 0xfe) common++;
    i += 2;
  }
  return multi ? common / multi : 1;
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
  if (gb2312Share(bytes) < MIN_GB2312_SHARE) {
    throw new InputError(file, 'not valid UTF-8, and read as GB18030 it gives unlikely characters (mojibake: Big5, Shift-JIS, Latin-1 or damaged UTF-8?)');
  }
  return checked(gb, 'gb18030');
}

export const decodeStage: Stage = {
  name: 'decode',
  run: (doc) => ({ ...doc, ...decodeText(doc.bytes, doc.sourceFile) }),
};
