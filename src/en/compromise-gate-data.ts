/**
 * What the compromise gate (`compromise-gate.ts`) needs from compromise's
 * model, read once from the model and written to
 * `data/en/compromise-gate.json` (`npm run compromise:gate`), so that the gate
 * decides without loading compromise: most English issues then never load it
 * (≈ 0.4 s of CPU at start-up). `test/compromise-gate.test.ts` fails when the
 * file and the installed compromise differ (after an upgrade).
 */
import { z } from 'zod';
import type { CompromiseModel } from '../compromise.js';

/**
 * A list of words or entries: sorted (the file only changes with compromise's
 * model) and joined by `|` into one string (quick to read and to validate).
 */
const list = z.string().transform((text) => (text === '' ? [] : text.split('|')));

/** The file's schema. */
export const gateDataSchema = z.object({
  $comment: z.string(),
  /** compromise's version the lists were read from. */
  compromise: z.string(),
  /** Lexicon entries (one or more words) tagged an organization. */
  orgEntries: list,
  /** Lexicon entries of several words tagged a name: their words take the entry's tags. */
  nameEntries: list,
  /** Nouns that make the name before them an organization (compromise's `orgWords`). */
  orgWords: list,
  /** Lower-case words the lexicon tags, none of them a name tag. */
  plainWords: list,
  /** Of those, the ones that cannot become a singular noun (a name at a sentence's start must be one). */
  plainNonNouns: list,
  /** Lower-case words the lexicon gives a name tag (`un`, `paris`). */
  nameWords: list,
  /** The other lower-case words of the lexicon (neither plain nor unknown). */
  otherLexiconWords: list,
  /** Lower-case words whose two-class switch may resolve to a name (`%Person|Noun%`). */
  nameSwitchWords: list,
  /** Endings of 2 to 7 letters compromise tags an unknown word by: true when that tag is no name tag. */
  plainSuffixes: z.record(z.string(), z.boolean()),
  /** Patterns of normal forms compromise tags a name (`mcdonald`), as [source, flags]. */
  nameRegexes: z.array(z.tuple([z.string(), z.string()])),
}).strict();
export type GateData = z.infer<typeof gateDataSchema>;
type GateFile = z.input<typeof gateDataSchema>;

/** Tags under which compromise may treat a word as a name (or part of an organization). */
const NAME_TAGS = ['ProperNoun', 'Organization', 'Acronym', 'Place'];
/** Switch classes that may resolve to a name (`%Person|Noun%`). */
const NAME_SWITCH = /Person|Place/;
/** A word the lexicon lists in lower case only (its entries of other shapes are never plain). */
export const LOWER_WORD = /^[a-z]+$/;

const COMMENT = 'Generated from compromise\'s model by `npm run compromise:gate` (src/en/compromise-gate-data.ts); read by src/en/compromise-gate.ts. Do not edit: test/compromise-gate.test.ts fails when it and the installed compromise differ.';

const joined = (words: Iterable<string>) => [...new Set(words)].sort().join('|');

/** The file's content, from compromise's model. */
export function buildGateData(model: CompromiseModel): GateFile {
  const ancestry = new Map(Object.keys(model.tagSet).map((tag) => [tag, [tag, ...(model.tagSet[tag]!.parents ?? [])]]));
  const tagsOf = (value: string | string[]) => (typeof value === 'string' ? ancestry.get(value) ?? [value] : value.flatMap((t) => ancestry.get(t) ?? [t]));
  const isName = (value: string | string[]) => tagsOf(value).some((t) => NAME_TAGS.includes(t));
  const switchOf = (word: string) => (Object.hasOwn(model.switches, word) ? model.switches[word]! : '');
  const nameRegexes = model.regexNormal.filter(([, tag]) => isName(tag)).map(([re]) => re);
  const plain = (word: string, tags: string | string[]) => LOWER_WORD.test(word) && !isName(tags)
    && !NAME_SWITCH.test(switchOf(word)) && !nameRegexes.some((re) => re.test(word));
  const lists = { orgEntries: [] as string[], nameEntries: [] as string[], nameWords: [] as string[], plainWords: [] as string[], plainNonNouns: [] as string[] };
  for (const [entry, tags] of [...Object.entries(model.lexicon), ...Object.entries(model.frozenLexicon)]) {
    const several = entry.includes(' ');
    if (tagsOf(tags).includes('Organization')) lists.orgEntries.push(entry);
    if (isName(tags)) (several ? lists.nameEntries : lists.nameWords).push(entry);
    if (several || !plain(entry, tags)) continue;
    lists.plainWords.push(entry);
    if (!tagsOf(tags).includes('Noun') && switchOf(entry) === '') lists.plainNonNouns.push(entry);
  }
  const plainWords = new Set(lists.plainWords);
  const plainSuffixes: Record<string, boolean> = {};
  model.suffixPatterns.forEach((patterns, n) => {
    for (const [suffix, tag] of Object.entries(patterns ?? {})) {
      if (suffix.length !== n) throw new Error(`compromise's suffix pattern "${suffix}" is not ${n} letters long`);
      plainSuffixes[suffix] = !isName(tag);
    }
  });
  return {
    $comment: COMMENT,
    compromise: model.version,
    orgEntries: joined(lists.orgEntries),
    nameEntries: joined(lists.nameEntries),
    orgWords: joined(model.orgWords),
    plainWords: joined(plainWords),
    plainNonNouns: joined(lists.plainNonNouns),
    nameWords: joined(lists.nameWords),
    otherLexiconWords: joined(Object.keys(model.lexicon).filter((w) => LOWER_WORD.test(w) && !plainWords.has(w))),
    nameSwitchWords: joined(Object.keys(model.switches).filter((w) => LOWER_WORD.test(w) && NAME_SWITCH.test(model.switches[w]!))),
    plainSuffixes: Object.fromEntries(Object.entries(plainSuffixes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    nameRegexes: nameRegexes.map((re) => [re.source, re.flags]),
  };
}
