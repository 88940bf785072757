/**
 * `npm run review:screenshot`: docs/review-page.png, the review page of the
 * sample issue in headless chromium, with the 750亿元 mark focused so that its
 * fields show.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IssueJson } from '../src/records.js';
import { reviewHtml } from '../src/output/review-html.js';
import { sourceTextOf } from '../src/output/review-page.js';
import { launchChromium } from '../test/helpers/chromium.js';

const OUT = 'docs/review-page.png';
const sample = JSON.parse(readFileSync('test/fixtures/sample-issue.json', 'utf8')) as IssueJson;
const dir = mkdtempSync(join(tmpdir(), 'review-shot-'));
const browser = await launchChromium(join(dir, 'profile'));
try {
  const file = join(dir, 'page.html');
  writeFileSync(file, reviewHtml(sample, sourceTextOf(sample)));
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 820 });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const id = sample.quantities.find((q) => q.text === '750亿元')!.id;
  await page.evaluate((markId) => {
    const el = document.getElementById(`m-${markId}`)!;
    el.scrollIntoView({ block: 'center' });
    el.focus();
  }, id);
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
