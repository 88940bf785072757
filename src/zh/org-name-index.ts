/**
 * A fixed list of names found in a text by their first two characters: two
 * table reads per position, and a map lookup where a name may start, instead
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

export class NameIndex {
  /** Listed names by the bucket of their folded first two characters, longest first. */
  private readonly byBucket = new Map<number, { folded: string; name: string }[]>();
  /** 1 at the code unit of a listed name's first character, and of its second: most positions are passed on two reads, without a map lookup. */
  private readonly firsts = new Uint8Array(0x10000);
  private readonly seconds = new Uint8Array(0x10000);

  constructor(names: Iterable<string>) {
    const entries: { folded: string; name: string }[] = [];
    for (const name of names) {
      if (name.length < 2) throw new Error(`name index: "${name}" is shorter than two characters`);
      entries.push({ folded: foldAscii(name), name });
    }
    entries.sort((a, b) => b.folded.length - a.folded.length);
    for (const e of entries) {
      const bucket = bucketOf(e.folded.charCodeAt(0), e.folded.charCodeAt(1));
      this.byBucket.set(bucket, [...(this.byBucket.get(bucket) ?? []), e]);
      this.firsts[e.folded.charCodeAt(0)] = 1;
      this.seconds[e.folded.charCodeAt(1)] = 1;
    }
  }

  /** Mark the first and second characters of the listed names in `firsts` and `seconds`. */
  markChars(firsts: Uint8Array, seconds: Uint8Array): void {
    for (const list of this.byBucket.values()) {
      for (const { folded } of list) {
        firsts[folded.charCodeAt(0)] = 1;
        seconds[folded.charCodeAt(1)] = 1;
      }
    }
  }

  /** The longest listed name starting at `i` of a folded text, whose code units there are `code` and `next`. */
  longestAt(folded: string, i: number, code: number, next: number): string | undefined {
    if (this.firsts[code] === 0 || this.seconds[next] === 0) return undefined;
    const list = this.byBucket.get(bucketOf(code, next));
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
  /** 1 at the code unit of any list's first character, and second. */
  private readonly firsts = new Uint8Array(0x10000);
  private readonly seconds = new Uint8Array(0x10000);

  constructor(private readonly lists: readonly NameIndex[]) {
    for (const list of lists) list.markChars(this.firsts, this.seconds);
  }

  find(text: string): NameHit[][] {
    const folded = foldAscii(text);
    const hits: NameHit[][] = [];
    /** Per list, the offset its next hit may start at (a plain array: a typed one costs more to make than the scan of a short view). */
    const free: number[] = [];
    for (let k = 0; k < this.lists.length; k++) { // not Array.from with a function: that costs more than the scan of a short view
      hits.push([]);
      free.push(0);
    }
    for (let i = 0; i < folded.length - 1; i++) {
      const code = folded.charCodeAt(i);
      if (this.firsts[code] === 0) continue;
      const next = folded.charCodeAt(i + 1);
      if (this.seconds[next] === 0) continue;
      for (let k = 0; k < this.lists.length; k++) {
        if (i < free[k]!) continue;
        const name = this.lists[k]!.longestAt(folded, i, code, next);
        if (name === undefined) continue;
        hits[k]!.push({ start: i, end: i + name.length, name });
        free[k] = i + name.length;
      }
    }
    return hits;
  }
}
