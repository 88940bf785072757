/**
 * Debian's chromium in headless mode, driven by puppeteer-core (never a
 * downloaded browser). `.ci/run` installs it when missing; outside CI the
 * browser tests skip with a message when it is absent.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null when they can (in CI they always run). */
export function chromiumMissing(): string | null {
  if (existsSync(CHROMIUM) || process.env.CI) return null;
  return `${CHROMIUM} not found: browser tests skipped (apt-get install -y chromium)`;
}

/** A headless chromium with a fresh profile in `profileDir` (an empty directory the caller removes after closing). */
export async function launchChromium(profileDir: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profileDir}`,
    ],
  });
}
