/**
 * The review page (issue 14): rendering rules on small cases, then the
 * sample's page in a real browser (Debian chromium, headless): one mark per
 * record and type, the 750亿元 mark with its value and unit, its fields on
 * focus, the type filter, the fact links, and no console errors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssueJson } from '../src/records.js';
import { reviewHtml } from '../src/output/review-html.js';
import { compareWithGold, recordMarks, renderMarkedText, sortMarks, type Mark } from '../src/output/review-marks.js';
import { sourceTextOf } from '../src/output/review-page.js';
import { chromiumMissing, launchChromium } from './helpers/chromium.js';
import { tempDir } from './helpers/temp.js';

const sample = JSON.parse(readFileSync('test/fixtures/sample-issue.json', 'utf8')) as IssueJson;
const mark = (type: Mark['type'], id: string, start: number, end: number): Mark => ({ type, id, start, end, tip: [id], data: {} });

describe('marked text', () => {
  it('escapes the text and the fields', () => {
    const html = renderMarkedText([...'a<b>&"c\''], 0, 8, [{ ...mark('q', 'q1', 1, 4), tip: ['<x>'], data: { unit: '"' } }]);
    expect(html).toBe('a<mark class="m q" id="m-q1" tabindex="0" data-id="q1" data-tip="&lt;x&gt;" data-unit="&quot;">&lt;b&gt;</mark>&amp;&quot;c&#39;');
  });

  it('nests contained marks and splits crossing ones, one primary mark per record', () => {
    const html = renderMarkedText([...'0123456789'], 0, 10, sortMarks([mark('o', 'o1', 0, 6), mark('q', 'q1', 2, 4), mark('d', 'd1', 5, 8)]));
    const tags = html.replace(/ data-tip="[^"]*"| tabindex="0"/g, '');
    expect(tags).toBe('<mark class="m o" id="m-o1" data-id="o1">01<mark class="m q" id="m-q1" data-id="q1">23</mark>4'
      + '<mark class="m d" id="m-d1" data-id="d1">5</mark></mark><mark class="m d cont" data-id="d1">67</mark>89');
  });

  it('clips a mark to the block and marks the clipped piece as a continuation', () => {
    const html = renderMarkedText([...'0123456789'], 4, 8, [mark('q', 'q1', 2, 6)]);
    expect(html.replace(/ data-tip="[^"]*"/g, '')).toBe('<mark class="m q cont" data-id="q1">45</mark>67');
  });

  it('against gold: a record the gold lacks is extra, a required gold record the output lacks is missed, an optional one neither', () => {
    const out = { quantities: [sample.quantities[0]!, sample.quantities[1]!], dates: [], organizations: [sample.organizations[0]!] };
    const gold = {
      quantities: [sample.quantities[0]!, { ...sample.quantities[2]! }, { ...sample.quantities[3]!, optional: true }],
      dates: [], organizations: [sample.organizations[0]!],
    };
    const marks = compareWithGold(recordMarks(out), gold);
    expect(marks.map((m) => [m.id, m.gold ?? 'ok'])).toEqual([
      [sample.quantities[0]!.id, 'ok'], [sample.quantities[1]!.id, 'extra'], [sample.organizations[0]!.id, 'ok'],
      [`gold-${sample.quantities[2]!.id}`, 'miss'],
    ]);
  });
});

const missing = chromiumMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('the sample review page in headless chromium', () => {
  const dir = tempDir('review');
  const profile = tempDir('chromium-profile');
  let browser: Browser;
  const errors: string[] = [];
  let page: Awaited<ReturnType<Browser['newPage']>>;

  beforeAll(async () => {
    const file = join(dir, `${sample.issue_id}.html`);
    writeFileSync(file, reviewHtml(sample, sourceTextOf(sample)));
    browser = await launchChromium(profile);
    page = await browser.newPage();
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warn') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  }, 60_000);
  afterAll(async () => browser?.close());

  it('has one mark per record of each type, an article section per article and a fact row per fact', async () => {
    const counts = await page.evaluate(() => ({
      q: document.querySelectorAll('mark.m.q:not(.cont)').length,
      d: document.querySelectorAll('mark.m.d:not(.cont)').length,
      o: document.querySelectorAll('mark.m.o:not(.cont)').length,
      sections: new Set([...document.querySelectorAll('section.article')].map((s) => s.getAttribute('data-article'))).size,
      facts: document.querySelectorAll('table.facts tbody tr').length,
      shown: [...document.querySelectorAll('b.count[data-type]')].map((b) => [b.getAttribute('data-type'), Number(b.textContent)]),
    }));
    const expected = { q: sample.quantities.length, d: sample.dates.length, o: sample.organizations.length };
    expect(counts).toEqual({
      ...expected, sections: sample.articles.length, facts: sample.facts.length,
      shown: [['q', expected.q], ['d', expected.d], ['o', expected.o], ['facts', sample.facts.length]],
    });
  });

  it('the 750亿元 mark carries its value and unit and shows its fields on focus', async () => {
    const q = sample.quantities.find((x) => x.text === '750亿元')!;
    const found = await page.evaluate((id) => {
      const el = document.getElementById(`m-${id}`) as HTMLElement;
      el.focus();
      return { text: el.textContent, value: el.dataset.value, unit: el.dataset.unit, tip: getComputedStyle(el, '::after').content };
    }, q.id);
    expect(found).toMatchObject({ text: '750亿元', value: '75000000000', unit: 'CNY' });
    expect(found.tip).toContain('value: 75000000000');
    expect(found.tip).toContain('unit: CNY');
  });

  it('a fact row links to its quantity mark, and the type filter hides one type', async () => {
    const f = sample.facts[0]!;
    const link = await page.$eval(`#fact-${f.id} a`, (a) => a.getAttribute('href'));
    expect(link).toBe(`#m-${f.quantity_id}`);
    await page.click('input[data-filter="q"]');
    const hidden = await page.evaluate(() => {
      const q = document.querySelector('mark.m.q')!;
      return { body: document.body.classList.contains('hide-q'), background: getComputedStyle(q).backgroundColor };
    });
    expect(hidden).toEqual({ body: true, background: 'rgba(0, 0, 0, 0)' });
  });

  it('logs no console error and loads nothing from the network', () => {
    expect(errors).toEqual([]);
  });
});
