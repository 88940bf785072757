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
 * Bytes → text. A BOM decides (UTF-8, UTF-16LE/BE); otherwise strict UTF-8,
 * then strict GB18030. Anything else, or text with binary control characters,
 * is an InputError: we never produce mojibake.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: Encoding } {
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  const candidates: { label: string; encoding: Encoding }[] = bom
    ? [bom]
    : [{ label: 'utf-8', encoding: 'utf-8' }, { label: 'gb18030', encoding: 'gb18030' }];
  for (const { label, encoding } of candidates) {
    const text = tryDecode(label, bytes);
    if (text === null) continue;
    if (BINARY_CONTROL.test(text)) throw new InputError(file, 'binary file (contains control bytes), not text');
    return { text, encoding };
  }
  throw new InputError(file, bom ? `invalid ${bom.label} text after its byte-order mark` : 'not valid UTF-8 or GB18030 text');
}

export const decodeStage: Stage = {
  name: 'decode',
  run: (doc) => ({ ...doc, ...decodeText(doc.bytes, doc.sourceFile) }),
};
