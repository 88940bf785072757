/**
 * Tables set as text lines: results, standings, price lists
 * (`Greenock Morton 3 2 0 1 5 2 6`, `Pohang 3 Ulsan 2 (halftime 1-0)`). A row is
 * a short line in which numbers are at least as many as the other words and
 * almost no word is lower case; a short unpunctuated line between running
 * text (or another row) and a row is the table's caption
 * (`Division one`, `W D L G / F G / A P`). Lines of form fields
 * (`ISSUER: … ST: MI`) are rows too. Rows are not articles and their
 * numbers are not facts.
 */
import { layoutRules as rules } from './layout-rules.js';
import type { PageLine } from './lines.js';

/** A form field set as a line, `ISSUER: Bay Co Building Authority ST: MI`, `1ST CPN: 11/01/96`: a capitalised key and a colon. */
const FORM_FIELD = /^[A-Z0-9][A-Z0-9 ./&-]{1,24}:\s+\S/;
const NUMBER_TOKEN = /^\(?[-+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[-/:]\d+(?:\.\d+)?)*[)%]?[.,;]?$/;
const LOWER_WORD = /^[a-z]/;
const PUNCT_TOKEN = /^[-–—/|:]+$/;

/**
 * A row: numbers at least as many as the other words, or, in a row of names
 * and results (`Inverness Thistle 1 Alloa 0`, `5. Falk Balzer (Germany) 13.52`),
 * no lower-case word at all and a number last.
 */
export function isTableRow(text: string): boolean {
  const { minNumbers, maxLowercaseWords, maxLength } = rules.tableRow;
  if (text.length > maxLength) return false;
  const tokens = text.split(/\s+/).filter((t) => !PUNCT_TOKEN.test(t));
  const numbers = tokens.filter((t) => NUMBER_TOKEN.test(t)).length;
  if (numbers < minNumbers) return false;
  const lower = tokens.filter((t) => LOWER_WORD.test(t)).length;
  if (lower === 0 && NUMBER_TOKEN.test(tokens[tokens.length - 1]!)) return true;
  return lower <= maxLowercaseWords && numbers >= tokens.length - numbers;
}

/** Gives table rows and their captions the cue `table`. */
export function markTables(lines: PageLine[]): void {
  const movable = (l: PageLine) => l.cue === 'short' || l.cue === 'body';
  for (const line of lines) {
    if (movable(line) && line.lang === 'en' && (isTableRow(line.text) || FORM_FIELD.test(line.text))) line.cue = 'table';
  }
  for (let k = 1; k < lines.length - 1; k++) {
    const [before, line, after] = [lines[k - 1]!, lines[k]!, lines[k + 1]!];
    if (line.cue === 'short' && after.cue === 'table' && (before.cue === 'table' || before.cue === 'body')) line.cue = 'table';
  }
}
