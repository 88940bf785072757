/**
 * Later mentions of an English organization in the same issue: once a name is
 * found (by its head, a descriptor, the known list), its other occurrences are
 * organizations too, and so is its short form without a legal or
 * institutional suffix (`Magna International Inc` → `Magna International`,
 * `Pirelli SpA` → `Pirelli`, `the Commerce Department` → `Commerce`), also
 * in an all-capitals headline (`COMELF`). Each keeps the type of its source.
 */
import { viewSpan, type Doc, type Organization, type OrgType } from '../doc.js';
import { englishHeads, englishNotOrgs } from './org-lexicon.js';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A short form must still look like a name: a capitalised word of three letters or more. */
const NAME_LIKE = /^[A-Z][A-Za-z'&.-]{2,}(?:\s+(?:&\s+)?[A-Z][A-Za-z'&.-]*)*$/;
const SHORTEST_NAME = 3;

/** The name without its trailing short-form suffixes, one by one (`Magna International Inc` → `Magna International`, `Magna`). */
function shortForms(name: string): string[] {
  const forms: string[] = [];
  const words = name.split(/\s+/);
  while (words.length > 1 && englishHeads.get(words.at(-1)!)?.shortForm) {
    words.pop();
    const rest = words.join(' ').replace(/,$/, '');
    if (NAME_LIKE.test(rest)) forms.push(rest);
  }
  return forms;
}

/** The names to look for, with their type. */
function namesOf(found: Omit<Organization, 'id'>[]): Map<string, OrgType> {
  const names = new Map<string, OrgType>();
  for (const o of found) {
    if (o.lang !== 'en') continue;
    for (const name of [o.text, ...shortForms(o.text)]) {
      if (!name || name.length < SHORTEST_NAME || englishNotOrgs.has(name) || !NAME_LIKE.test(name)) continue;
      if (!names.has(name) || names.get(name) === 'other') names.set(name, o.type);
    }
  }
  return names;
}

/** Every further mention of the English organizations, in document offsets (overlaps left to the caller). */
export function repeatedEnglishNames(doc: Doc, found: Omit<Organization, 'id'>[]): Omit<Organization, 'id'>[] {
  const names = namesOf(found);
  if (names.size === 0) return [];
  const alternation = [...names.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  // `UWP-Hachette`: names joined by a hyphen are one name
  const pattern = new RegExp(`(?<![\\w&-])(?:${alternation})(?:-(?:${alternation}))*(?![\\w&-]|\\s+&)`, 'g');
  const capitals = new Map([...names].map(([name, type]) => [name.toUpperCase(), type]));
  const headlinePattern = new RegExp(`(?<![\\w&-])(?:${[...capitals.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\w&-])`, 'g');
  const titles = doc.lines.filter((l) => l.role === 'title');
  const out: Omit<Organization, 'id'>[] = [];
  for (const s of doc.sentences) {
    if (s.lang !== 'en') continue;
    // an all-capitals headline writes the names in capitals too (COMELF)
    if (titles.some((l) => l.start <= s.start && s.end <= l.end)) {
      for (const m of s.view.matchAll(headlinePattern)) {
        const { start, end } = viewSpan(s, m.index, m.index + m[0].length);
        const text = doc.text.slice(start, end);
        if (text !== m[0] || names.has(text)) continue;
        out.push({ article_id: s.articleId, start, end, text, lang: 'en', type: capitals.get(m[0])!, canonical: text });
      }
    }
    for (const m of s.view.matchAll(pattern)) {
      const { start, end } = viewSpan(s, m.index, m.index + m[0].length);
      const text = doc.text.slice(start, end);
      const first = [...names.keys()].find((n) => m[0] === n || m[0].startsWith(`${n}-`))!;
      out.push({ article_id: s.articleId, start, end, text, lang: 'en', type: names.get(first)!, canonical: text });
    }
  }
  return out;
}
