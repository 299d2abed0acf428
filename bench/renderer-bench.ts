import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { bindApi, launchChromium } from '../test/support/browser';
import { accountsFilePath } from '../src/core/accounts/accounts-file';
import { serveDirectoryOnOwnThread } from './static-server-thread';
import { accountsFileText, storedAccounts } from '../test/support/stored-accounts';
import { createTestServices } from '../test/support/test-services';
import { median, ratio, round } from './statistics';
import { CURRENT_SCHEMA_VERSION } from '../src/core/accounts/stored-account';

const RENDERER = path.resolve(import.meta.dirname, '../out/renderer');
const ROUNDS = 7;

export interface RendererFigures {
  initialJsBytes: number;
  initialJsGzipBytes: number;
  interactiveMs1000Accounts: number;
  /** The same page with no account: the baseline. */
  interactiveMsNoAccounts: number;
  ratio: number;
}

/** The size of the scripts the empty page fetched before it was interactive (paths below out/renderer). */
function initialJavaScript(scripts: ReadonlySet<string>): { raw: number; gzip: number } {
  if (scripts.size === 0) throw new Error('the page loaded no script');
  return [...scripts]
    .map((script) => path.join(RENDERER, script))
    .reduce(
      (sum, file) => ({
        raw: sum.raw + statSync(file).size,
        gzip: sum.gzip + gzipSync(readFileSync(file), { level: 9 }).length,
      }),
      { raw: 0, gzip: 0 },
    );
}

/**
 * From navigation start until the account list holds all its accounts (its count, and its first row
 * drawn) and the search box takes input, read from the page's own clock (performance.now() counts from navigation), polled each
 * frame in the page so that the measuring does not slow the page down.
 */
async function timeToInteractive(
  browser: Browser,
  url: string,
  accounts: number,
  scripts: Set<string> = new Set(),
): Promise<number> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-bench-renderer-'));
  try {
    writeFileSync(
      accountsFilePath(directory),
      accountsFileText({ schemaVersion: CURRENT_SCHEMA_VERSION, accounts: storedAccounts(accounts) }),
    );
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });
    await bindApi(page, createTestServices(directory).handlers);
    await page.goto(url, { waitUntil: 'commit' });
    const ready = await page.waitForFunction(
      (expected: number) => {
        type Element = { disabled?: boolean; getAttribute: (name: string) => string | null };
        const document = (
          globalThis as unknown as { document: { querySelector: (selector: string) => Element | null } }
        ).document;
        // The list is virtualised: it is ready when it says it holds them all and draws its first option.
        const list = document.querySelector('[role="listbox"][data-account-count]');
        const search = document.querySelector('input[type="search"]');
        const listed =
          expected === 0
            ? document.querySelector('[data-empty-list]') !== null
            : list?.getAttribute('data-account-count') === String(expected) &&
              document.querySelector('[role="listbox"] [role="option"][aria-posinset="1"]') !== null;
        return listed && (expected === 0 || (search !== null && !search.disabled)) ? performance.now() : false;
      },
      accounts,
      { polling: 'raf', timeout: 60_000 },
    );
    const elapsed = (await ready.jsonValue()) as number;
    // Every script the page asked for before it was interactive: the entry and what it imported on
    // the way (the app's code, the shown language's catalogue, the theme), which the user waits for
    // just the same. What is fetched later, while the window is idle, is not waited for.
    const fetched = await page.evaluate(
      (until: number) =>
        (
          globalThis as unknown as {
            performance: { getEntriesByType: (type: string) => { name: string; startTime: number }[] };
          }
        ).performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime <= until)
          .map((entry) => entry.name),
      elapsed,
    );
    for (const url of fetched) {
      const file = new URL(url).pathname.replace(/^\//, '');
      if (file.endsWith('.js')) scripts.add(file);
    }
    await page.close();
    return elapsed;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export async function benchRenderer(): Promise<RendererFigures> {
  if (!existsSync(path.join(RENDERER, 'index.html')))
    throw new Error('out/renderer is missing: run npm run build first');
  // Timed from disk, as Electron's window loads it (file://). Over HTTP/1.1 Chromium opens at most six
  // connections to a host, so the start-up's forty-odd chunks would queue for a few hundred
  // milliseconds that the window never waits. Resource timing records no file:// fetch, so the one
  // round that lists the scripts fetched before the page is interactive loads it over HTTP.
  const fromDisk = pathToFileURL(path.join(RENDERER, 'index.html')).toString();
  const site = await serveDirectoryOnOwnThread(RENDERER);
  const browser = await launchChromium({ fileAccess: true });
  try {
    const withAccounts: number[] = [];
    const empty: number[] = [];
    // One warm-up each, then alternating rounds so both see the same machine load.
    await timeToInteractive(browser, fromDisk, 1000);
    const initialScripts = new Set<string>();
    await timeToInteractive(browser, site.url, 0, initialScripts);
    const bundle = initialJavaScript(initialScripts);
    for (let round = 0; round < ROUNDS; round += 1) {
      withAccounts.push(await timeToInteractive(browser, fromDisk, 1000));
      empty.push(await timeToInteractive(browser, fromDisk, 0));
    }
    return {
      initialJsBytes: bundle.raw,
      initialJsGzipBytes: bundle.gzip,
      interactiveMs1000Accounts: round(median(withAccounts)),
      interactiveMsNoAccounts: round(median(empty)),
      ratio: ratio(median(withAccounts), median(empty)),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
