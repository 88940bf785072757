/**
 * A fixed list of names found in a text by their first two characters: a
 * table read per position (two where a name's first character is), and a map
 * lookup where a name may start, instead of a regex alternation of hundreds
 * of names (which is slow on megabyte lines). ASCII letters match
 * case-insensitively; the text is read as it is, not case-folded first.
 */

export interface NameHit {
  start: number;
  end: number;
  name: string;
}

/** A code unit with ASCII capitals lower-cased. */
const foldCode = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
const foldAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
/** The code unit and, for an ASCII letter, its other case: the text is read as it is, not folded first. */
const bothCases = (c: number) => (c >= 0x61 && c <= 0x7a ? [c, c - 0x20] : [c]);

/**
 * The bucket of a name by its first two code units: a small integer (two
 * codes would overflow one); names sharing a bucket are told apart by
 * comparing them.
 */
const bucketOf = (first: number, second: number) => first * 0x1000 + (second & 0xfff);

/** Whether `folded` (a listed name, folded) is at `i` of `text`, ASCII capitals of the text read as small letters. */
function foldedAt(text: string, i: number, folded: string): boolean {
  if (i + folded.length > text.length) return false;
  for (let j = 0; j < folded.length; j++) if (foldCode(text.charCodeAt(i + j)) !== folded.charCodeAt(j)) return false;
  return true;
}

interface Entry {
  name: string;
  folded: string;
  /** Whether the name has ASCII letters: only then may it be in a text written otherwise. */
  cased: boolean;
}

export class NameIndex {
  /** Listed names by the bucket of their folded first two characters, longest first. */
  private readonly byBucket = new Map<number, Entry[]>();

  constructor(names: Iterable<string>) {
    const entries: Entry[] = [];
    for (const name of names) {
      if (name.length < 2) throw new Error(`name index: "${name}" is shorter than two characters`);
      entries.push({ name, folded: foldAscii(name), cased: /[A-Za-z]/.test(name) });
    }
    entries.sort((a, b) => b.folded.length - a.folded.length);
    for (const e of entries) {
      const bucket = bucketOf(e.folded.charCodeAt(0), e.folded.charCodeAt(1));
      this.byBucket.set(bucket, [...(this.byBucket.get(bucket) ?? []), e]);
    }
  }

  /** Calls `mark` with every first two code units a listed name may start with in a text (ASCII letters in both cases). */
  markStarts(mark: (first: number, second: number) => void): void {
    for (const list of this.byBucket.values()) {
      for (const { folded } of list) {
        for (const first of bothCases(folded.charCodeAt(0))) for (const second of bothCases(folded.charCodeAt(1))) mark(first, second);
      }
    }
  }

  /** The longest listed name starting at `i` of `text`, whose code units there are `code` and `next`. */
  longestAt(text: string, i: number, code: number, next: number): string | undefined {
    const list = this.byBucket.get(bucketOf(foldCode(code), foldCode(next)));
    if (list) for (const n of list) if (text.startsWith(n.folded, i) || n.cased && foldedAt(text, i, n.folded)) return n.name;
    return undefined;
  }

  private alone: NameIndexes | undefined;

  /** Non-overlapping hits, leftmost-longest, as a global regex would give; `name` is the name as listed. */
  find(text: string): NameHit[] {
    return (this.alone ??= new NameIndexes([this])).find(text)[0]!;
  }
}

/** Bits of the table of code unit pairs a name may start with: a pair is looked up by a hash, two pairs may share a slot. */
const PAIR_BITS = 16;
const PAIR_MASK = (1 << PAIR_BITS) - 1;
/** The slot of a pair in that table (written out in `find`'s loop, where V8 would make it a call). */
const pairSlot = (code: number, next: number) => ((code << 7) ^ next) & PAIR_MASK;
/** Lists one NameIndexes can tell apart in its table of pairs (one bit each). */
const MAX_LISTS = 8;

/**
 * Several name lists found in one scan of a text: each list's hits are its
 * own `find`'s (a list's hits do not overlap; two lists' may).
 */
export class NameIndexes {
  /** 1 at the code unit of any list's first character: most positions are passed on one read. */
  private readonly firsts = new Uint8Array(0x10000);
  /** Per slot of a pair of code units, a bit for each list with a name that may start with such a pair. */
  private readonly pairs = new Uint8Array(1 << PAIR_BITS);

  constructor(private readonly lists: readonly NameIndex[]) {
    if (lists.length > MAX_LISTS) throw new Error(`name indexes: at most ${MAX_LISTS} lists, not ${lists.length}`);
    lists.forEach((list, k) => list.markStarts((first, second) => {
      this.firsts[first] = 1;
      this.pairs[pairSlot(first, second)]! |= 1 << k;
    }));
  }

  find(text: string): NameHit[][] {
    const { firsts, pairs, lists } = this;
    const hits: NameHit[][] = [];
    /** Per list, the offset its next hit may start at (a plain array: a typed one costs more to make than the scan of a short view). */
    const free: number[] = [];
    for (let k = 0; k < lists.length; k++) { // not Array.from with a function: that costs more than the scan of a short view
      hits.push([]);
      free.push(0);
    }
    for (let i = 0; i < text.length - 1; i++) {
      const code = text.charCodeAt(i);
      if (firsts[code] === 0) continue;
      const next = text.charCodeAt(i + 1);
      for (let k = 0, listed = pairs[((code << 7) ^ next) & PAIR_MASK]!; listed !== 0; k++, listed >>= 1) {
        if ((listed & 1) === 0 || i < free[k]!) continue;
        const name = lists[k]!.longestAt(text, i, code, next);
        if (name === undefined) continue;
        hits[k]!.push({ start: i, end: i + name.length, name });
        free[k] = i + name.length;
      }
    }
    return hits;
  }
}
