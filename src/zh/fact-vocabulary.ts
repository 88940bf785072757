import { loadDataJson } from '../data-file.js';
import type { z } from 'zod';
import { zhFactSchema as schema } from './fact-vocabulary-schema.js';
import type { PeriodWords } from '../facts/period.js';
import type { SubjectWords } from '../facts/subject.js';
import { bodyRules, orgHeads } from './org-lexicon.js';

/** Longest first, so that `同比增长` is tried before `增长`. */
const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: string[]) => byLength(list).map(escape).join('|');

function compile(v: z.infer<typeof schema>) {
  return {
    groupBreak: new RegExp(v.groupBreak, 'gu'),
    clauseBreak: new RegExp(v.clauseBreak, 'gu'),
    leadingBullets: new RegExp(`^[${escape(v.bullets)}\\s]+`, 'u'),
    changeUpEnd: new RegExp(`(?:${alternation(v.changeUp)})$`, 'u'),
    changeDownEnd: new RegExp(`(?:${alternation(v.changeDown)})$`, 'u'),
    changeAfter: new RegExp(v.changeAfter, 'u'),
    /** Written between a number and the noun it is of (`左右的` in `100套左右的销售量`). */
    afterNumber: new RegExp(v.afterNumber, 'u'),
    /** Words that link a metric to its number, stripped from the metric's end (rank scopes too). */
    trailing: new RegExp(`(?:${alternation([...v.linkWords, ...v.rankScopes, ...v.changeUp, ...v.changeDown])})$`, 'u'),
    /** Predicate verbs (whole tokens): the metric is what follows the last one. */
    predicates: new Set(v.predicateVerbs),
    leadWords: new Set(v.leadWords),
    nounCut: new Set(v.nounCut),
    distribution: new RegExp(alternation(v.distribution), 'u'),
    /** `双双突破` before a number: one number for the two metrics listed before it. */
    bothBefore: new RegExp(`(?:${alternation(v.both)})(?:${alternation([...v.linkWords, ...v.changeUp, ...v.changeDown])})*$`, 'u'),
    /** Link words only (no change words), to find a change word under `增长超过`. */
    linkEnd: new RegExp(`(?:${alternation(v.linkWords)})$`, 'u'),
    listSeparator: new RegExp(v.listSeparator, 'u'),
    /** Opens a list of items of a total (`其中：`): each item is its own metric. */
    itemListOpen: new RegExp(v.itemListOpen, 'gu'),
    /** Opens a clause that restates the one before (`即国内贷款与…之和`): no topic of its own. */
    asideOpen: new RegExp(v.asideOpen, 'u'),
    /** Verbs a topic clause may open with (`发现美国的企业兼并案最多`). */
    reportVerbs: new Set(v.reportVerbs),
    /** Tags of the word after a sentence's topic (`投资额/n 都/d`, `并购额/n 最高/a`). */
    topicEndTags: new RegExp(v.topicEndTags, 'u'),
    /** Verbs whose object is the amount itself (`占地1.7平方公里的食品城`): the verb is the metric, not the noun after. */
    measureVerbs: new Set(v.measureVerbs),
    /** Tags of the words that may stand before an amount that opens its clause (`或/c 有 约/d 2000余亿流入房地产`). */
    bareTags: new RegExp(v.bareTags, 'u'),
    /** After an amount that is an offer's threshold (`预交2万元可享受…`), not a statistic. */
    conditionAfter: new RegExp(v.conditionAfter, 'u'),
    /** Tags of the words of a topic noun phrase opening a sentence (`地下/s 金融/n`). */
    topicTags: new RegExp(v.topicTags, 'u'),
    links: new Set(v.linkWords),
    /** `使`, `让` right before a count: what follows is what the cause did to it. */
    causativeEnd: new RegExp(`(?:${alternation(v.causatives)})$`, 'u'),
    genericHeads: new Set(v.genericHeads),
    /** After an amount, a scale (`100亿元规模`), not what was measured. */
    scaleNouns: new Set(v.scaleNouns),
    ratio: new RegExp(alternation(v.ratioWords), 'u'),
    estimateCues: new Set(v.estimateCues),
    /** After the number in its clause (`600亿资金会用到`). */
    estimateAfterCues: new Set(v.estimateAfterCues),
    targetCues: new Set(v.targetCues),
    targetBlockers: new Set(v.targetBlockers),
    /** `将`, `要`: the future; a target unless an estimate cue (`预计…将达到`) came first. */
    weakTargetCues: new Set(v.weakTargetCues),
    /** A metric that is itself a rate of change (`通货膨胀率`, `增速`): its facts are changes. */
    changeMetric: new RegExp(v.changeMetric, 'u'),
    /** A clause break: a status cue stops there once a number has followed it. */
    statusBreak: new RegExp(v.statusBreak, 'u'),
    targetPattern: new RegExp(v.targetPattern, 'u'),
    /** Right after the number (`6%到6.5%的目标`): a target. */
    targetAfter: new RegExp(v.targetAfter, 'u'),
    /** A metric that is a rule's threshold (`个人门槛`, `上限`): its figures are targets. */
    targetMetric: new RegExp(v.targetMetric, 'u'),
    /** A metric that is a potential (`潜在市场规模`): its figures are estimates. */
    estimateMetric: new RegExp(v.estimateMetric, 'u'),
    /** A colon introducing policy measures (`出台了一系列政策措施：一、…`): the figures of its items are targets. */
    targetListIntro: new RegExp(v.targetListIntro, 'u'),
    quoteOpen: new RegExp(v.quoteOpen, 'u'),
    quoteClose: new RegExp(v.quoteClose, 'u'),
    leadTags: new Set(v.leadTags),
    nounTags: new RegExp(v.nounTags, 'u'),
    /** Tags allowed inside a noun phrase when a noun follows (`科技/创新/基地`, `未来/的/领域`). */
    nounInnerTags: new RegExp(v.nounInnerTags, 'u'),
    verbTag: new RegExp(v.verbTag, 'u'),
    adverbTag: new RegExp(v.adverbTag, 'u'),
    /** The tag of a word jieba's HMM made of characters its dictionary does not join (`率为`, `已达`). */
    unknownWordTag: new RegExp(v.unknownWordTag, 'u'),
    /** A time word (`去年`) inside a metric's window: the metric starts after it. */
    timeTag: new RegExp(v.timeTag, 'u'),
    timeWord: new RegExp(v.timeWord, 'u'),
    /** Tags of a word (two characters or more) that may open the noun after a number (`南方/f QDII产品`). */
    nounOpenTags: new RegExp(v.nounOpenTags, 'u'),
    /** `数十亿`, `几百`, a bare `万人` (as in `每万人口`): no statistic to report. */
    vaguePrefix: new RegExp(v.vaguePrefix, 'u'),
    /** `突破百亿元`: a round amount with a unit is a figure, though it opens with a multiplier. */
    roundAmount: new RegExp(v.roundAmount, 'u'),
    /** `X等10家`: the words before the number are examples, not the metric. */
    listEnd: new RegExp(v.listEnd, 'u'),
    /** A news lead's byline (`本报讯(记者 X)`) before the first clause. */
    ledePrefix: new RegExp(v.ledePrefix, 'u'),
    /** A metric with digits, brackets or a dangling function word is a mis-cut, not a metric. */
    metricReject: new RegExp(v.metricReject, 'u'),
    metricMaxLength: v.metricMaxLength,
    notMetrics: new Set(v.notMetrics),
    /** A metric ends in a noun (a lone verb-noun such as `占地` or `耗资` also reads as one). */
    metricEndTags: new RegExp(v.metricEndTags, 'u'),
    /** Words that end a metric whatever jieba tags them (`收入`, `出口`, `捐款` are often tagged as verbs). */
    metricEndWord: new RegExp(v.metricEndWord, 'u'),
    /** A small count in Chinese numerals (`两位客人`, `三个地形区`) is narrative, not a statistic. */
    narrativeCount: new RegExp(v.narrativeCount, 'u'),
    /** Classifiers of people, times and occasions (`位`, `次`, `期`): such a small count is narrative. */
    narrativeUnits: new Set(v.narrativeUnits),
    /** Ideas counted in a speech (`五个特点`, `四个重点`): such a small count is narrative. */
    abstractNouns: new Set(v.abstractNouns),
    /** Tags of a person or place right after a small count (`两个/ns…`): narrative. */
    narrativeNounTags: new RegExp(v.narrativeNounTags, 'u'),
    /** `将` before a noun is the disposal marker (`将资产分散`), not the future (`将进入`). */
    disposalMarkers: new Set(v.disposalMarkers),
    placeTags: new Set(v.placeTags),
    disposalObjectTags: new RegExp(v.disposalObjectTags, 'u'),
    minMetricLength: v.minMetricLength,
    /** Tags cut off the end of a metric with the link words: adverbs (`却仍然高达`), `了`, `的`. */
    trailingTags: new RegExp(v.trailingTags, 'u'),
    /** `占`, `是`: `A占B的N%` names a share of A in B. */
    shareLinks: new Set(v.shareLinks),
    shareLinkEnd: new RegExp(`(?:${alternation(v.shareLinks)})$`, 'u'),
    shareEnd: new RegExp(v.shareEnd, 'u'),
    /** The base of a comparison before a change word (`较2006年`, `比上年`, `环比`): not part of the metric. */
    comparisonEnd: new RegExp(v.comparisonEnd, 'u'),
    /** Between a list heading's colon and an item's number: the items are cut by these. */
    listItemBreak: new RegExp(v.listItemBreak, 'u'),
    /** Tags a clause phrase used as a metric may not end in (verbs, prepositions, function words). */
    notPhraseEndTags: new RegExp(v.notPhraseEndTags, 'u'),
    periodWords: {
      baseBefore: new RegExp(v.periodBaseBefore, 'u'),
      runningBefore: new RegExp(v.runningTotalBefore, 'u'),
      startAfter: new RegExp(v.periodStartAfter, 'u'),
      baseAfter: new RegExp(v.periodBaseAfter, 'u'),
      eventDayAfter: new RegExp(v.periodEventDayAfter, 'u'),
      datesNumber: new RegExp(v.periodDatesNumber, 'u'),
    } satisfies PeriodWords,
    /** `在过去的一年里`: the year before the dateline, which the dates stage reads as a duration. */
    pastYear: new RegExp(v.pastYearPhrases, 'gu'),
    /** A sentence opening an item of a list (`二是`, `三、`, `———`): the items share the period stated before the list. */
    listItem: new RegExp(v.periodListItem, 'u'),
    /** The end of a paragraph introducing a list (`…呈现出如下特点：`). */
    listIntroEnd: new RegExp(v.periodListIntroEnd, 'u'),
    /** A span of years before the number (`3年内`, `4年来`): the figure covers no carried period. */
    spanBefore: new RegExp(v.periodSpanBefore, 'u'),
    /** A word of the present (`目前`, `正在`): the figures after it are current, not of a carried period. */
    presentWords: new RegExp(v.presentWords, 'u'),
    /** Right before a number (`由目前的9%增至11%`): a current figure, actual and of no period. */
    presentBefore: new RegExp(v.presentBefore, 'u'),
    /** Marks opening and closing a quotation (curly and corner quotes: a straight `"` opens and closes alike). */
    quotationOpen: new RegExp(v.quotationOpen, 'gu'),
    quotationClose: new RegExp(v.quotationClose, 'gu'),
    /** A balance (`余额`, `资产`) is read at a month's end; so is a change `比年初`. */
    balanceMetric: new RegExp(v.balanceMetric, 'u'),
    balanceCue: new RegExp(v.balanceCue, 'u'),
    subjectWords: {
      placeTags: new Set(v.placeTags),
      placePronouns: new Map(Object.entries(v.placePronouns)),
      companyPronouns: new RegExp(v.companyPronouns, 'gu'),
      speaker: { pronouns: new RegExp(v.speakerPronouns, 'gu'), after: new RegExp(v.speakerAfter, 'u') },
      examplesAfter: new RegExp(v.examplesAfter, 'u'),
      examplesBefore: new RegExp(v.examplesBefore, 'u'),
      examplesCounted: new RegExp(v.examplesCounted, 'u'),
      subjectWords: new Set(v.subjectWords),
      notPlaces: new Set(v.notPlaces),
      levels: new Set(v.placeLevels),
      nameSuffixes: new Set(v.placeNameSuffixes),
      sourceBefore: new RegExp(v.sourceBefore, 'u'),
      sourceAfter: new RegExp(v.sourceAfter, 'u'),
      scopeBefore: new RegExp(v.scopeBefore, 'u'),
      scopeAfter: new RegExp(v.scopeAfter, 'u'),
      eventAfter: new RegExp(v.placeEventAfter, 'u'),
      items: {
        open: new RegExp(`^(?:${v.itemListOpen})`, 'u'),
        // An item that names an agent: two characters or more, then an organization's head (`民政|部门`, `慈善|会`, `社会|组织`), not a false one (`互联网`).
        agentHead: new RegExp(`^.{2,}?(?<head>${alternation([...new Set([...orgHeads.map((h) => h.head), ...v.agentHeads])])})$`, 'u'),
        notAgent: new RegExp(`(?:${alternation([...bodyRules.falseHeads])})$`, 'u'),
      },
      dateline: { before: new RegExp(v.datelineBefore, 'u'), after: new RegExp(v.datelineAfter, 'u') },
      populations: {
        head: new RegExp(v.populations.head, 'u'),
        headWord: new RegExp(v.populations.headWord, 'u'),
        bare: new RegExp(v.populations.bare, 'u'),
        references: new RegExp(v.populations.references, 'u'),
        companies: new RegExp(v.populations.companies, 'u'),
        surveyAfter: new RegExp(v.populations.surveyAfter, 'u'),
        notBefore: new RegExp(v.populations.notBefore, 'u'),
        innerTags: new RegExp(v.populations.innerTags, 'u'),
        headTags: new RegExp(v.populations.headTags, 'u'),
        notInner: new RegExp(v.populations.notInner, 'u'),
        innerVerbs: new RegExp(v.populations.innerVerbs, 'u'),
        lead: new RegExp(v.populations.lead, 'u'),
        notAfter: new RegExp(v.populations.notAfter, 'u'),
        clauseBreak: new RegExp(v.clauseBreak, 'gu'),
        minLength: v.populations.minLength,
      },
    } satisfies SubjectWords,
  };
}

/** The Chinese fact vocabulary of `data/zh/facts.json`, validated and compiled once. */
export const zhFactVocabulary = compile(
  loadDataJson('zh/facts.json', schema),
);
