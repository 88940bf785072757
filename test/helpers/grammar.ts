/**
 * A grammar of realistic newspaper phrases built from the project's own
 * catalogs (data/units.json surfaces, data/qualifiers.json, organization
 * heads), for the grammar fuzz test: number forms (Arabic, full-width,
 * thousands separators, decimals, multipliers, Chinese numerals, ranges,
 * fractions) × units × qualifiers × sentence frames × dates × organizations ×
 * zh/en, with line breaks inside phrases and datelines. Cases of the simple
 * classes carry the value a correct reading must give (the oracle).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

const data = (path: string) => JSON.parse(readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8'));

type Surface = string | { text: string; prefix?: boolean };
interface UnitEntry { unit: string; dimension: string; zh?: Surface[]; en?: Surface[] }
const UNITS: UnitEntry[] = data('units.json').units;
const QUALIFIERS = data('qualifiers.json') as { zh: Record<'before' | 'inner' | 'after', Record<string, unknown>>; en: Record<string, unknown> };
const ZH_HEADS: string[] = (data('zh/org-suffixes.json').heads as { head: string; type: string | null }[]).filter((h) => h.type).map((h) => h.head);
const EN_HEADS: string[] = (data('en/org-suffixes.json').heads as { head: string }[]).map((h) => h.head);

/** A unit surface written after the number, as it stands in the catalog. */
interface UnitSurface { unit: string; dimension: string; text: string }

/**
 * Dimensions whose plain surfaces read the same in any frame (durations and
 * ages collide with dates; `none` holds index points and multiples). Letter
 * surfaces of one or two characters (`t`, `m`, `g`) are left out of the
 * oracle: after a number they may be a word's start.
 */
const ORACLE_DIMENSIONS = new Set(['currency', 'count', 'area', 'length', 'mass', 'volume', 'energy', 'power', 'percent']);
/** `两` is also the numeral two. */
const AMBIGUOUS = new Set(['两']);

function surfaces(lang: 'zh' | 'en', oracle: boolean): UnitSurface[] {
  return UNITS.flatMap((u) => (u[lang] ?? [])
    .filter((s): s is string => typeof s === 'string')
    .filter((text) => !oracle || (ORACLE_DIMENSIONS.has(u.dimension) && !AMBIGUOUS.has(text) && !/^[A-Za-z]{1,2}$/.test(text)))
    .map((text) => ({ unit: u.unit, dimension: u.dimension, text })));
}

export const ZH_SURFACES = surfaces('zh', false);
export const ZH_ORACLE_SURFACES = surfaces('zh', true);
export const EN_SURFACES = surfaces('en', false);

const DIGITS_FULL = '０１２３４５６７８９';
const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => DIGITS_FULL[Number(d)]!).replace(/,/g, '，').replace(/\./g, '．');
const withThousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const ZH_DIGITS = '零一二三四五六七八九';
/** A formal Chinese numeral for 1 ≤ n < 10 000 (`三千零五`, `十二`). */
export function chineseNumeral(n: number): string {
  const parts: string[] = [];
  let zero = false;
  for (const [size, name] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
    const d = Math.floor(n / size) % 10;
    if (d === 0) {
      zero = parts.length > 0;
      continue;
    }
    if (zero) parts.push('零');
    zero = false;
    parts.push(size === 10 && d === 1 && parts.length === 0 ? '十' : `${ZH_DIGITS[d]}${name}`);
  }
  return parts.join('');
}

/** A written number and the value it stands for. */
export interface Written { text: string; value: number; /** The multiplier written inside the number (万 → 1e4), 1 when none. */ factor?: number }

const integer = fc.integer({ min: 1, max: 99_999 });
const plainNumber: fc.Arbitrary<Written> = integer.map((n) => ({ text: String(n), value: n }));
const chineseNumber: fc.Arbitrary<Written> = fc.integer({ min: 1, max: 9999 }).map((n) => ({ text: chineseNumeral(n), value: n }));
/** Thousands separators, ASCII or full-width, with or without decimals and 万/亿 (`1,075`, `１，０７５`, `12,345.6万`). */
export const separatedNumber: fc.Arbitrary<Written> = fc.record({
  n: fc.integer({ min: 1000, max: 9_999_999 }),
  tenth: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
  full: fc.boolean(),
  multiplier: fc.constantFrom({ word: '', factor: 1 }, { word: '万', factor: 1e4 }, { word: '亿', factor: 1e8 }),
}).map(({ n, tenth, full, multiplier: { word, factor } }) => {
  const ascii = `${withThousands(n)}${tenth === null ? '' : `.${tenth}`}${word}`;
  const value = Number(`${n}${tenth === null ? '' : `.${tenth}`}e${Math.log10(factor)}`); // exact, no float noise
  return { text: full ? toFullWidth(ascii) : ascii, value, factor };
});

const ZH_LEADS = ['今年共有', '全年完成', '总量达到', '去年新增', '累计建成', '目前已有', '全市拥有', '一季度实现'];
const ZH_ENDS = ['。', '，比上年有所增长。', '；', '，居全国前列。'];

/** A simple Chinese statement with its oracle: `今年共有3000家。` → 3000 establishment. */
export const zhSimpleCase = fc.record({
  lead: fc.constantFrom(...ZH_LEADS),
  number: fc.oneof(plainNumber, chineseNumber),
  unit: fc.constantFrom(...ZH_ORACLE_SURFACES),
  end: fc.constantFrom(...ZH_ENDS),
}).map(({ lead, number, unit, end }) => ({ text: `${lead}${number.text}${unit.text}${end}`, number: number.text, value: number.value, unit: unit.unit }));

/** Thousands separators in every frame the issue names (`1,075家`, `第1,075位`, `增长1,075个百分点`, `投资1,000至2,000吨`). */
export const zhSeparatorCase = fc.record({
  lead: fc.constantFrom(...ZH_LEADS, '排名第', '增长', '投资'),
  a: separatedNumber,
  b: fc.option(separatedNumber, { nil: null }),
  unit: fc.constantFrom('家', '位', '个百分点', '吨', '元', '万元', '人'),
  end: fc.constantFrom(...ZH_ENDS),
}).map(({ lead, a, b, unit, end }) => {
  // Stated only where the reading is certain: a start without a multiplier before an end with one
  // (borrowed only in a rising range), or 万/亿 before 万元, states no value here.
  const unitFactor = unit === '万元' ? 1e4 : 1;
  const aFactor = a.factor ?? 1;
  const uncertain = (aFactor === 1 && (b?.factor ?? 1) > 1) || (aFactor > 1 && unitFactor > 1);
  const value = uncertain ? undefined : Number((a.value * unitFactor).toPrecision(15));
  return { text: `${lead}${a.text}${b ? `至${b.text}` : ''}${unit}${end}`, number: a.text, value };
});

/** Fractions and approximate fractions (`数十分之一`, `一二分之三`, `百分之五`). */
export const zhFractionCase = fc.record({
  lead: fc.constantFrom('约占', '仅为', '相当于', '达到'),
  fraction: fc.constantFrom('数十分之一', '一二分之三', '几十分之一', '百分之五', '三分之二', '千分之三', '十几分之一', '百分之十几'),
  end: fc.constantFrom(...ZH_ENDS),
}).map(({ lead, fraction, end }) => ({ text: `${lead}${fraction}${end}` }));

/** A dateline with an impossible month or day before a relative date (`新华社北京13月5日电 昨天…`). */
export const zhBadDatelineCase = fc.record({
  month: fc.integer({ min: 13, max: 19 }),
  day: fc.integer({ min: 1, max: 28 }),
  body: fc.constantFrom('昨天，全市下了一场大雨。', '昨日召开会议。', '前天发布了公告。'),
}).map(({ month, day, body }) => ({ text: `新华社北京${month}月${day}日电 ${body}` }));

const orgName = (lang: 'zh' | 'en') => lang === 'zh'
  ? fc.record({ body: fc.constantFrom('重庆', '长安', '华为', '宁德', '江北', '中关村', '黄河'), head: fc.constantFrom(...ZH_HEADS) }).map(({ body, head }) => `${body}${head}`)
  : fc.record({ body: fc.constantFrom('Acme', 'Northern', 'Pacific', 'General', 'Lakeside'), head: fc.constantFrom(...EN_HEADS) }).map(({ body, head }) => `${body} ${head}`);

const zhDate = fc.oneof(
  fc.record({ y: fc.integer({ min: 1990, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}年${m}月${d}日`),
  fc.constantFrom('去年', '今年', '上月', '昨天', '一季度', '上半年', '1-2月', '前三季度', '去年同期'),
);
const zhDateline = fc.constantFrom('', '', '新华社北京3月5日电 ', '本报讯 ', '本报重庆2月28日讯（记者 张三）', '新华社北京2月30日电 ');

const zhNumber = fc.oneof(plainNumber, chineseNumber,
  fc.integer({ min: 1, max: 999 }).map((n) => ({ text: `${n}.${n % 10}`, value: n })),
  fc.integer({ min: 1, max: 99 }).map((n) => ({ text: toFullWidth(String(n)), value: n })),
  fc.record({ a: fc.integer({ min: 1, max: 50 }), b: fc.integer({ min: 51, max: 99 }) }).map(({ a, b }) => ({ text: `${a}-${b}`, value: a })),
  fc.integer({ min: 1, max: 99 }).map((n) => ({ text: `${n}万`, value: n * 1e4 })));

/** Insert a print-layout line break at a random place of the phrase (`亮相新\n加坡航展`). */
const withBreak = (text: string, at: number | null) => (at === null ? text : `${text.slice(0, at % (text.length + 1))}\n${text.slice(at % (text.length + 1))}`);

/** Any Chinese sentence of the grammar (checked for invariants only). */
export const zhMixedCase = fc.record({
  dateline: zhDateline,
  org: orgName('zh'),
  date: fc.option(zhDate, { nil: '' }),
  verb: fc.constantFrom('实现', '完成', '投资', '增长', '下降', '达到', '新增', '排名第'),
  before: fc.option(fc.constantFrom(...Object.keys(QUALIFIERS.zh.before)), { nil: '' }),
  number: zhNumber,
  inner: fc.option(fc.constantFrom(...Object.keys(QUALIFIERS.zh.inner)), { nil: '' }),
  unit: fc.constantFrom(...ZH_SURFACES),
  after: fc.option(fc.constantFrom(...Object.keys(QUALIFIERS.zh.after)), { nil: '' }),
  end: fc.constantFrom(...ZH_ENDS),
  breakAt: fc.option(fc.nat(), { nil: null }),
}).map((c) => ({ text: withBreak(`${c.dateline}${c.date}${c.org}${c.verb}${c.before}${c.number.text}${c.inner}${c.unit.text}${c.after}${c.end}`, c.breakAt) }));

const enNumber = fc.oneof(plainNumber,
  fc.integer({ min: 1000, max: 9_999_999 }).map((n) => ({ text: withThousands(n), value: n })),
  fc.record({ n: fc.integer({ min: 1, max: 999 }), t: fc.integer({ min: 1, max: 9 }), m: fc.constantFrom({ word: 'million', f: 1e6 }, { word: 'billion', f: 1e9 }) })
    .map(({ n, t, m: { word, f } }) => ({ text: `${n}.${t} ${word}`, value: Math.round((n * 10 + t) * f / 10) })),
  fc.constantFrom('two', 'three', 'twenty', 'a hundred', 'dozens of').map((text) => ({ text, value: NaN })),
  fc.record({ a: fc.integer({ min: 1, max: 50 }), b: fc.integer({ min: 51, max: 99 }) }).map(({ a, b }) => ({ text: `${a}-${b}`, value: a })));

/** A simple English statement with its oracle: `Acme Corp said it sold 133.7 million tonnes.` → 133 700 000. */
export const enDecimalCase = fc.record({
  n: fc.integer({ min: 1, max: 999 }),
  t: fc.integer({ min: 1, max: 9 }),
  m: fc.constantFrom({ word: 'million', f: 1e6 }, { word: 'billion', f: 1e9 }),
  unit: fc.constantFrom('dollars', 'tonnes', 'people', 'barrels'),
}).map(({ n, t, m: { word, f }, unit }) => ({ text: `The company said it sold ${n}.${t} ${word} ${unit} last year.`, number: `${n}.${t}`, value: Math.round((n * 10 + t) * f) / 10 }));

/** Indefinite articles before a unit (`Within a week 2 million tonnes were shipped.`). */
export const enIndefiniteCase = fc.record({
  span: fc.constantFrom('a week', 'a year', 'a month', 'an hour', 'a day'),
  frame: fc.constantFrom('Within %s 2 million tonnes were shipped.', 'Prices rose 5 percent in %s.', 'It took %s to build 300 homes.'),
}).map(({ span, frame }) => ({ text: frame.replace('%s', span) }));

const enDateline = fc.constantFrom('', '', 'BEIJING, March 5 (Reuters) - ', 'LONDON, Feb 30 (Reuters) - ', 'NEW YORK, 1996-08-22 - ');

/** Any English sentence of the grammar (checked for invariants only). */
export const enMixedCase = fc.record({
  dateline: enDateline,
  org: orgName('en'),
  verb: fc.constantFrom('said it sold', 'reported', 'raised', 'cut', 'hired', 'shipped'),
  before: fc.option(fc.constantFrom('about', 'nearly', 'more than', 'over', 'up to', 'at least'), { nil: '' }),
  number: enNumber,
  unit: fc.constantFrom(...EN_SURFACES),
  tail: fc.constantFrom('.', ' in 2023.', ' last year.', ', up 5 percent.', ' in the first quarter.'),
  breakAt: fc.option(fc.nat(), { nil: null }),
}).map((c) => ({ text: withBreak(`${c.dateline}${c.org} ${c.verb} ${c.before ? `${c.before} ` : ''}${c.number.text} ${c.unit.text}${c.tail}`, c.breakAt) }));
