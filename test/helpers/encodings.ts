/**
 * A GB18030 encoder for tests, built by inverting Node's own (WHATWG) decoder:
 * every two-byte code and the four-byte codes of the BMP. Node has no
 * GB18030 encoder, and the test suite must not depend on a system `iconv`.
 */
let table: Map<string, number[]> | null = null;

function buildTable(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const add = (bytes: number[]) => {
    let c: string;
    try {
      c = decoder.decode(Uint8Array.from(bytes));
    } catch {
      return;
    }
    if (!map.has(c)) map.set(c, bytes);
  };
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
  }
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++) {
      for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
    }
  }
  return map;
}

/** `text` encoded as GB18030 (BMP characters only). */
export function gb18030Bytes(text: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(c);
      if (!bytes) throw new Error(`no GB18030 code for U+${code.toString(16)} in this test encoder`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}
