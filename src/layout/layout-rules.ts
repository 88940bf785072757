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
  };
}

/** The print-layout cues of `data/layout.json`, validated and compiled once. */
export const layoutRules = compile(loadDataJson('layout.json', layoutSchema));
