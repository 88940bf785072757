/**
 * @node-rs/jieba (jieba-rs) cutting and tagging as nodejieba (cppjieba) does,
 * so that the rules, tuned on cppjieba's tokens, read the same ones at a
 * fifth of the load time.
 *
 * Both take the most probable route through the dictionary, then give each
 * run of single characters to an HMM that may join them into unknown words.
 * jieba-rs gives its own route (without its HMM, with cppjieba's dictionary,
 * see rust-jieba-dict.ts); the rest is cppjieba's, done here:
 *  - a run goes on across punctuation that is neither ASCII nor `，。`
 *    (`、提质`), which cppjieba's HMM (jieba-hmm.ts) leaves single with all
 *    after it (提|质); jieba-rs would stop the run there and join 提质;
 *  - a run that is a dictionary word beaten by its characters goes to the
 *    HMM too (两国, which jieba-rs leaves as 两|国);
 *  - ASCII is cut by cppjieba's rules (`2.45`, `5|G`) and tagged by them (`1/x`).
 * A word's tag is the dictionary's, else x (m, eng for ASCII).
 */
import { noTokens, type Token } from './doc.js';
import { hmmCut } from './jieba-hmm.js';
import { oneStringEach } from './one-string.js';
import { SEPARATOR, loadCppjiebaDict, splitAt, userDictLines, weakTagsOf } from './rust-jieba-dict.js';
import type { Tagged } from './segmenter.js';

/** cppjieba's sentence separators (besides ASCII, which ends a run anyway). */
const RUN_BREAKS = ['，', '。'];

interface Backend {
  /** jieba-rs's most probable dictionary route. */
  route(text: string): string[];
  /** The same with the dictionary's tags (or x, m, eng for a word it lacks). */
  tagRoute(text: string): Tagged;
  /** 1 at the code unit of a character that never joins a run (RUN_BREAKS and the user dictionary's single characters). */
  runBreaks: Uint8Array;
  /** Single-character words of the user dictionary outside the BMP: cppjieba keeps them out of runs too. */
  astralSingles: ReadonlySet<string>;
  /** The tags of the weak words (WEAK_WORDS and the user dictionary's). */
  weakTags: ReadonlyMap<string, string>;
}

function loadBackend(userDict: string): Backend {
  const user = userDictLines(userDict);
  const jieba = loadCppjiebaDict(user.map((u) => u.line));
  const singles = user.map((u) => u.word).filter((w) => [...w].length === 1);
  const runBreaks = new Uint8Array(0x10000);
  for (const c of [...RUN_BREAKS, ...singles]) if (c.length === 1) runBreaks[c.charCodeAt(0)] = 1;
  return {
    route: (text) => jieba.cut(text, false),
    tagRoute: (text) => jieba.tag(text, false),
    runBreaks,
    astralSingles: new Set(singles.filter((w) => w.length === 2)),
    weakTags: weakTagsOf(jieba, user),
  };
}

/** What cppjieba makes of a word of the route: a word of its own, a character of a run for its HMM, an ASCII piece cut by its rules. */
const WORD = 0;
const RUN = 1;
const ASCII = 2;

/**
 * A word's kind, its first code unit read once: a run's is one character,
 * not ASCII, not a separator, not a user word (`isAsciiPiece` for ASCII).
 */
function kindOf(word: string, b: Backend): number {
  const first = word.charCodeAt(0);
  if (!(first >= 0x80)) return isAsciiPiece(word) ? ASCII : WORD; // ASCII (or empty)
  if (word.length === 1) return b.runBreaks[first] === 0 ? RUN : WORD;
  return word.length === 2 && word.codePointAt(0)! > 0xffff && !b.astralSingles.has(word) ? RUN : WORD;
}

/** The words of `route[from, to)`, a run: the HMM's when it is longer than one character. */
function pushRun(route: readonly string[], from: number, to: number, out: string[]): void {
  if (to - from > 1) hmmCut(route, from, to, out);
  else out.push(route[from]!);
}

/**
 * Each text's words as cppjieba cuts them, from one route call for all texts.
 * A run (of RUN words) and ASCII pieces (joined, then cut by cppjieba's
 * rules) are never pending at once: each ends the other.
 */
function cutAsCppjieba(b: Backend, texts: readonly string[]): string[][] {
  const route = b.route(texts.join(SEPARATOR));
  const words: string[][] = [];
  let out: string[] = [];
  let run = 0; // the run is route[i - run, i)
  let ascii = '';
  for (let i = 0; i < route.length; i++) {
    const word = route[i]!;
    const kind = kindOf(word, b);
    if (kind === RUN) {
      if (ascii) {
        pushAscii(ascii, out);
        ascii = '';
      }
      run++;
      continue;
    }
    if (run > 0) {
      pushRun(route, i - run, i, out);
      run = 0;
    }
    if (kind === ASCII) {
      ascii += word;
      continue;
    }
    if (ascii) {
      pushAscii(ascii, out);
      ascii = '';
    }
    if (word === SEPARATOR) {
      words.push(out);
      out = [];
    } else if (word === '\r\n') out.push('\r', '\n'); // jieba-rs keeps the pair, cppjieba cuts it
    else out.push(word);
  }
  if (run > 0) pushRun(route, route.length - run, route.length, out);
  if (ascii) pushAscii(ascii, out);
  words.push(out);
  return words;
}

const isAlphanumeric = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * A word of the route that cppjieba cuts by its own rules: letters and digits
 * (jieba-rs's route joins them), or one ASCII character that is not a space.
 * The dictionary's ASCII words (C++, AT&T) stay whole in both.
 */
function isAsciiPiece(word: string): boolean {
  const first = word.charCodeAt(0);
  if (!(first < 0x80)) return false; // not ASCII (or empty)
  if (word.length === 1) return first >= 0x21 && first <= 0x7e;
  for (let i = 0; i < word.length; i++) if (!isAlphanumeric(word.charCodeAt(i))) return false;
  return true;
}

/** cppjieba's ASCII words: a letter with the letters and digits after it, a digit with the digits and points after it, else one character. */
const CPPJIEBA_ASCII = /[A-Za-z][A-Za-z0-9]*|[0-9][0-9.]*|[^]/g;

/** Pushes cppjieba's words of `text` onto `out`. */
function pushAscii(text: string, out: string[]): void {
  for (const w of text.match(CPPJIEBA_ASCII)!) out.push(w);
}

/**
 * cppjieba's tag of an ASCII word (no dictionary word is only letters and
 * digits): it counts ASCII characters while fewer than half the word's
 * length, so one character is `x`, `2.45` is `eng` and `2.5` is `m`.
 */
function cppjiebaAsciiTag(word: string): string {
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < word.length && ascii < word.length >> 1; i++) {
    ascii++;
    if (word[i]! >= '0' && word[i]! <= '9') digits++;
  }
  return ascii === 0 ? 'x' : digits === ascii ? 'm' : 'eng';
}

/** jieba-rs's tag of a word its dictionary lacks. */
function tagOfUnknown(word: string): string {
  const letters = word.match(/[A-Za-z0-9]/g)?.length ?? 0;
  const digits = word.match(/[0-9]/g)?.length ?? 0;
  return letters === 0 ? 'x' : letters === digits ? 'm' : 'eng';
}

/** Words tagged before, at most this many besides the weak words (then forgotten): a word's tag does not depend on its text. */
const MAX_CACHED_TAGS = 200_000;
/** A number as cppjieba cuts it (`2.45`): tagged by its ASCII rules. */
const NUMBER_WORD = /^[0-9][0-9.]*$/;

/**
 * The tagger, giving tokens with offsets (the words cover their text). A
 * word's tag is its dictionary's (a weak word's from WEAK_WORDS), else x, m
 * or eng as jieba-rs gives them; tags are cached, and the words not seen yet
 * are looked up in one route call (a dictionary word the route keeps whole).
 * The tags of one-code-unit words (about half the tokens: punctuation,
 * particles) are kept by code unit, read without hashing the word; each tag
 * looked up is one string, not a new one per word, for the code comparing tags.
 */
export function loadRustJieba(userDict: string): (texts: readonly string[]) => Token[][] {
  const b = loadBackend(userDict);
  const shared = oneStringEach();
  let tags = new Map(b.weakTags);
  // One-character words' tags by code unit; the weak words (b.weakTags) are never one character, so they start in `tags` only.
  const singleTags: (string | undefined)[] = new Array<string | undefined>(0x10000);
  const cachedTag = (word: string) => (word.length === 1 ? singleTags[word.charCodeAt(0)] : tags.get(word));
  const lookUp = (unseen: string[]) => {
    if (tags.size + unseen.length > b.weakTags.size + MAX_CACHED_TAGS) tags = new Map(b.weakTags);
    splitAt(b.tagRoute(unseen.join(SEPARATOR)), (t) => t.word).forEach((tagged, k) => {
      const word = unseen[k]!;
      const tag = shared(isAsciiPiece(word) || NUMBER_WORD.test(word) ? cppjiebaAsciiTag(word)
        : tagged.length === 1 && tagged[0]!.word === word ? tagged[0]!.tag : tagOfUnknown(word));
      if (word.length === 1) singleTags[word.charCodeAt(0)] = tag;
      else tags.set(word, tag);
    });
  };
  return (texts) => {
    const unseen = noTokens(); // of a token list's kind from the start: its first push of a token would de-optimize this
    const tokens: Token[][] = [];
    for (const words of cutAsCppjieba(b, texts)) {
      // pushed, not `map`ped: V8's optimized `map` makes arrays of another kind (holey), which the code reading tokens would see as a second shape
      const sentence: Token[] = [];
      let at = 0;
      for (const word of words) {
        const tag = cachedTag(word);
        const token = { word, tag: tag ?? '', start: at, end: (at += word.length) };
        if (tag === undefined) unseen.push(token);
        sentence.push(token);
      }
      tokens.push(sentence);
    }
    if (unseen.length > 0) {
      lookUp([...new Set(unseen.map((t) => t.word))]);
      for (const t of unseen) t.tag = cachedTag(t.word)!;
    }
    return tokens;
  };
}
