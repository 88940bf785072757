import { loadDataJson } from '../data-file.js';
import { z } from 'zod';

const patterns = z.array(z.string()).nonempty();
const layoutSchema = z.object({
  $comment: z.string().optional(),
  headlineMaxLength: z.object({ zh: z.number().int().positive(), en: z.number().int().positive() }),
  bylineLine: patterns,
  bylineLead: patterns,
  credit: patterns,
  photoCredit: z.string(),
  continuation: patterns,
  bullet: z.string(),
  sentenceInnerPunct: z.string(),
  terminalPunct: z.string(),
  titleForm: z.string(),
  fragmentStart: z.string(),
  lowercaseStart: z.string(),
  wrappedEnd: z.string(),
  wireDateline: patterns,
  wirePlace: z.string(),
  wireByline: z.string(),
  tableRow: z.object({
    minNumbers: z.number().int().positive(),
    maxLowercaseWords: z.number().int().nonnegative(),
    maxLength: z.number().int().positive(),
  }).strict(),
}).strict();

function anyOf(list: string[]): RegExp {
  return new RegExp(list.map((p) => `(?:${p})`).join('|'), 'u');
}

function compile(r: z.infer<typeof layoutSchema>) {
  return {
    headlineMaxLength: r.headlineMaxLength,
    bylineLine: anyOf(r.bylineLine),
    bylineLead: anyOf(r.bylineLead),
    credit: anyOf(r.credit),
    photoCredit: new RegExp(r.photoCredit, 'u'),
    continuation: anyOf(r.continuation),
    bullet: new RegExp(r.bullet, 'u'),
    sentenceInnerPunct: new RegExp(r.sentenceInnerPunct, 'u'),
    terminalPunct: new RegExp(r.terminalPunct, 'u'),
    titleForm: new RegExp(r.titleForm, 'u'),
    fragmentStart: new RegExp(r.fragmentStart, 'u'),
    lowercaseStart: new RegExp(r.lowercaseStart, 'u'),
    wrappedEnd: new RegExp(r.wrappedEnd, 'u'),
    wireDateline: r.wireDateline.map((p) => new RegExp(p, 'u')),
    wirePlace: new RegExp(r.wirePlace, 'u'),
    wireByline: new RegExp(r.wireByline, 'u'),
    tableRow: r.tableRow,
  };
}

/** The print-layout cues of `data/layout.json`, validated and compiled once. */
export const layoutRules = compile(loadDataJson('layout.json', layoutSchema));
