/**
 * The review page of one issue (issue 14): one self-contained static HTML
 * file (inline CSS and script, no network) showing the issue text with its
 * articles as sections and every quantity, date and organization marked in
 * its own colour; a mark shows its fields on hover or focus; each article's
 * facts are a table under it, each row linked to its quantity's mark. The
 * marks are rendered here, once, so the browser only lays out static HTML
 * (sections off screen are skipped by `content-visibility`: a 200 KB issue
 * loads in well under a second in headless chromium here).
 */
import type { IssueJson } from '../records.js';
import {
  compareWithGold, escapeHtml, MARK_TYPES, recordMarks, renderMarkedText, sortMarks,
  type GoldJson, type Mark, type MarkType,
} from './review-marks.js';

const TYPE_LABELS: Record<MarkType, string> = { q: 'quantity', d: 'date', o: 'organization' };

const STYLE = `
body{font:15px/1.7 system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:0;color:#222;background:#fafafa}
header.top{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid #ddd;padding:.5rem 1rem}
header.top h1{font-size:1.1rem;margin:0}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center;margin-top:.3rem;font-size:.9rem}
.legend label{cursor:pointer}
main{max-width:60rem;margin:0 auto;padding:1rem}
section.article{content-visibility:auto;contain-intrinsic-size:auto 800px;background:#fff;border:1px solid #e3e3e3;border-radius:6px;margin:1rem 0;padding:.6rem 1rem}
section.article h2{font-size:1.05rem;margin:.2rem 0}
.meta{color:#777;font-size:.85rem}
.text{white-space:pre-wrap;word-break:break-word}
.gap{color:#888}
mark.m{position:relative;border-radius:3px;padding:0 1px;color:inherit;cursor:help}
mark.q{background:#ffe08a}
mark.d{background:#b9e4ff}
mark.o{background:#c9f2c0}
mark.extra{box-shadow:inset 0 -3px 0 #d33}
mark.miss{background:none;outline:2px dashed #d33}
mark.m:focus{outline:2px solid #333}
mark.m:target{outline:3px solid #f60}
mark.m:hover::after,mark.m:focus::after{content:attr(data-tip);white-space:pre;position:absolute;left:0;top:1.6em;z-index:10;
 background:#222;color:#fff;font-size:.8rem;line-height:1.4;padding:.3rem .5rem;border-radius:4px;pointer-events:none}
.hide-q mark.q,.hide-d mark.d,.hide-o mark.o{background:none;box-shadow:none;outline:none}
.hide-miss mark.miss,.hide-extra mark.extra{outline:none;box-shadow:none}
.sw{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;margin-right:.25em}
mark.m mark.m:hover::after,mark.m mark.m:focus::after{top:auto;bottom:1.6em}
table.facts{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.85rem}
table.facts th,table.facts td{border:1px solid #e3e3e3;padding:.15rem .4rem;text-align:left;vertical-align:top}
table.facts th{background:#f3f3f3}
table.facts tr:target{background:#fff3c4}
`;

const SCRIPT = `
for (const box of document.querySelectorAll('input[data-filter]')) {
  box.addEventListener('change', () => document.body.classList.toggle('hide-' + box.dataset.filter, !box.checked));
}
`;

interface Block { start: number; end: number; articleId: string | null }

/** The text cut at every article segment boundary, in text order; text outside articles is its own block. */
function blocksOf(json: IssueJson, length: number): Block[] {
  const pieces = json.articles.flatMap((a) => a.segments.map(([start, end]) => ({ start, end, articleId: a.id })))
    .filter((b) => b.start < b.end).sort((a, b) => a.start - b.start);
  const blocks: Block[] = [];
  let pos = 0;
  for (const piece of pieces) {
    if (piece.start < pos) continue; // overlapping segments: the first one wins
    if (piece.start > pos) blocks.push({ start: pos, end: piece.start, articleId: null });
    blocks.push(piece);
    pos = piece.end;
  }
  if (pos < length) blocks.push({ start: pos, end: length, articleId: null });
  return blocks;
}

function factsTable(json: IssueJson, articleId: string): string {
  const facts = json.facts.filter((f) => f.article_id === articleId);
  if (!facts.length) return '';
  const quantities = new Map(json.quantities.map((q) => [q.id, q]));
  const cell = (v: unknown) => `<td>${v === null || v === undefined ? '' : escapeHtml(String(v))}</td>`;
  const rows = facts.map((f) => {
    const q = quantities.get(f.quantity_id);
    const link = `<td><a href="#m-${escapeHtml(f.quantity_id)}">${escapeHtml(q?.text ?? f.quantity_id)}</a></td>`;
    return `<tr id="fact-${escapeHtml(f.id)}">${cell(f.id)}${cell(f.metric)}${cell(f.subject)}${cell(f.period)}${cell(f.status)}${cell(f.kind)}${cell(f.value)}${cell(f.unit)}${link}</tr>`;
  });
  return `<table class="facts"><thead><tr><th>fact</th><th>metric</th><th>subject</th><th>period</th><th>status</th><th>kind</th><th>value</th><th>unit</th><th>quantity</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function legend(json: IssueJson, marks: Mark[], withGold: boolean): string {
  const colours: Record<MarkType, string> = { q: '#ffe08a', d: '#b9e4ff', o: '#c9f2c0' };
  const count = (pred: (m: Mark) => boolean) => marks.filter(pred).length;
  const types = (Object.keys(MARK_TYPES) as MarkType[]).map((t) =>
    `<label><input type="checkbox" data-filter="${t}" checked> <span class="sw" style="background:${colours[t]}"></span>${TYPE_LABELS[t]} <b class="count" data-type="${t}">${count((m) => m.type === t && m.gold !== 'miss')}</b></label>`);
  const gold = withGold ? [
    `<label><input type="checkbox" data-filter="miss" checked> <span class="sw" style="outline:2px dashed #d33"></span>missed <b class="count" data-type="miss">${count((m) => m.gold === 'miss')}</b></label>`,
    `<label><input type="checkbox" data-filter="extra" checked> <span class="sw" style="box-shadow:inset 0 -3px 0 #d33"></span>extra <b class="count" data-type="extra">${count((m) => m.gold === 'extra')}</b></label>`,
  ] : [];
  return `<div class="legend">${[...types, ...gold].join('')}<span>facts <b class="count" data-type="facts">${json.facts.length}</b></span><span>articles <b>${json.articles.length}</b></span></div>`;
}

/** The review page of one issue, given its decoded original text (offsets are code points into it). */
export function reviewHtml(json: IssueJson, text: string, gold?: GoldJson): string {
  const chars = [...text];
  const marks = gold ? compareWithGold(recordMarks(json), gold) : recordMarks(json);
  const sorted = sortMarks(marks);
  const articles = new Map(json.articles.map((a) => [a.id, a]));
  const lastBlock = new Map<string, Block>();
  const blocks = blocksOf(json, chars.length);
  for (const b of blocks) if (b.articleId) lastBlock.set(b.articleId, b);
  const seen = new Set<string>();
  const body = blocks.map((b) => {
    const html = renderMarkedText(chars, b.start, b.end, sorted);
    if (!b.articleId) return `<div class="text gap">${html}</div>`;
    const a = articles.get(b.articleId)!;
    const continued = seen.has(a.id);
    seen.add(a.id);
    const meta = [a.id, a.lang, ...(a.dateline ? [`dateline ${a.dateline}`] : []), ...(continued ? ['continued'] : [])].join(' · ');
    const facts = lastBlock.get(a.id) === b ? factsTable(json, a.id) : '';
    return `<section class="article" data-article="${escapeHtml(a.id)}"><h2>${escapeHtml(a.title ?? '(untitled)')}</h2><div class="meta">${escapeHtml(meta)}</div><div class="text">${html}</div>${facts}</section>`;
  });
  const title = `${json.issue_id} — review`;
  return `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><header class="top"><h1>${escapeHtml(json.issue_id)}</h1><div class="meta">${escapeHtml([json.source_file, json.issue_date ?? 'no issue date', `pipeline ${json.pipeline_version}`].join(' · '))}</div>${legend(json, marks, Boolean(gold))}</header>
<main>${body.join('\n')}</main>
<script>${SCRIPT}</script></body></html>
`;
}
