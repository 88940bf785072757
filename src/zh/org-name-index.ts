/**
 * A fixed list of names found in a text by their first two characters: one
 * filter read per position, and a map lookup where a name may start, instead
 * of a regex alternation of hundreds of names (which is slow on megabyte
 * lines). ASCII letters match case-insensitively.
 */

export interface NameHit {
  start: number;
  end: number;
  name: string;
}

const UPPER = /[A-Z]/;
/** ASCII capitals lower-cased (tested first: most Chinese text has none). */
const foldAscii = (s: string) => (UPPER.test(s) ? s.replace(/[A-Z]/g, (c) => c.toLowerCase()) : s);

/**
 * The bucket of a name by its first two code units: a small integer (two
 * codes would overflow one); names sharing a bucket are told apart by
 * `startsWith`.
 */
const bucketOf = (first: number, second: number) => first * 0x1000 + (second & 0xfff);

/**
 * A slot of a 64K filter for the first two code units of a name: most
 * positions of a text start no listed name, and are passed on one read of a
 * filter instead of a map lookup (two pairs may share a slot: the map decides).
 */
const pairSlot = (first: number, second: number) => ((first << 6) ^ second) & 0xffff;

export class NameIndex {
  /** Listed names by the bucket of their folded first two characters, longest first. */
  private readonly byBucket = new Map<number, { folded: string; name: string }[]>();
  /** 1 at the `pairSlot` of a listed name's first two characters. */
  private readonly pairs = new Uint8Array(0x10000);

  constructor(names: Iterable<string>) {
    const entries: { folded: string; name: string }[] = [];
    for (const name of names) {
      if (name.length < 2) throw new Error(`name index: "${name}" is shorter than two characters`);
      entries.push({ folded: foldAscii(name), name });
    }
    entries.sort((a, b) => b.folded.length - a.folded.length);
    for (const e of entries) {
      const [first, second] = [e.folded.charCodeAt(0), e.folded.charCodeAt(1)];
      const bucket = bucketOf(first, second);
      this.byBucket.set(bucket, [...(this.byBucket.get(bucket) ?? []), e]);
      this.pairs[pairSlot(first, second)] = 1;
    }
  }

  /** Mark the slots of the listed names in `pairs`. */
  markPairs(pairs: Uint8Array): void {
    for (let slot = 0; slot < 0x10000; slot++) if (this.pairs[slot] === 1) pairs[slot] = 1;
  }

  /** The longest listed name starting at `i` of a folded text, whose first two code units there have the `pairSlot` `slot`. */
  longestAt(folded: string, i: number, slot: number): string | undefined {
    if (this.pairs[slot] === 0) return undefined;
    const list = this.byBucket.get(bucketOf(folded.charCodeAt(i), folded.charCodeAt(i + 1)));
    if (list) for (const n of list) if (folded.startsWith(n.folded, i)) return n.name;
    return undefined;
  }

  private alone: NameIndexes | undefined;

  /** Non-overlapping hits, leftmost-longest, as a global regex would give; `name` is the name as listed. */
  find(text: string): NameHit[] {
    return (this.alone ??= new NameIndexes([this])).find(text)[0]!;
  }
}

/**
 * Several name lists found in one scan of a text: each list's hits are its
 * own `find`'s (a list's hits do not overlap; two lists' may).
 */
export class NameIndexes {
  /** 1 at any list's `pairSlot`s. */
  private readonly pairs = new Uint8Array(0x10000);

  constructor(private readonly lists: readonly NameIndex[]) {
    for (const list of lists) list.markPairs(this.pairs);
  }

  find(text: string): NameHit[][] {
    const folded = foldAscii(text);
    const hits: NameHit[][] = [];
    for (let k = 0; k < this.lists.length; k++) hits.push([]); // not Array.from with a function: that costs more than the scan of a short view
    /** Per list, the offset its next hit may start at. */
    const free = new Int32Array(this.lists.length);
    let next = folded.charCodeAt(0);
    for (let i = 0; i < folded.length - 1; i++) {
      const code = next;
      next = folded.charCodeAt(i + 1);
      const slot = pairSlot(code, next);
      if (this.pairs[slot] === 0) continue;
      for (let k = 0; k < this.lists.length; k++) {
        if (i < free[k]!) continue;
        const name = this.lists[k]!.longestAt(folded, i, slot);
        if (name === undefined) continue;
        hits[k]!.push({ start: i, end: i + name.length, name });
        free[k] = i + name.length;
      }
    }
    return hits;
  }
}
