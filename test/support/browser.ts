import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AppEvent } from '../../src/shared/app-events';
import { literal } from '../../src/shared/i18n/message';
import type { IpcHandlers } from '../../src/shared/ipc';
import { API_METHODS, type ApiMethod } from '../../src/shared/ipc-channels';
import type { MenuCommand } from '../../src/shared/menu-commands';
import { dispatch, isApiMethod } from '../../src/main/ipc/dispatch';

/**
 * Debian's Chromium, with the flags this machine's closed network needs. `fileAccess` lets a page
 * opened from file:// import its module scripts, as Electron's window does when it loads the built
 * renderer from disk.
 */
export function launchChromium(options: { fileAccess?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.fileAccess === true ? ['--allow-file-access-from-files'] : []),
    ],
  });
}

/** Where main's pushed events come from in a test: createTestServices().onAppEvent. */
export type AppEventSource = (listener: (event: AppEvent) => void) => () => void;

/**
 * Gives the page the same window.api the preload exposes, each call going through the real
 * dispatch (argument validation) to the real main-process handlers in this test process, and
 * `appEvents` (what main pushes) relayed to the page's onAppEvent listeners, in order. Returns the
 * names of the methods the page called, in order, so a test can tell what the window asked for.
 */
export async function bindApi(page: Page, handlers: IpcHandlers, appEvents?: AppEventSource): Promise<string[]> {
  const calls: string[] = [];
  // Replies cross as JSON text, parsed natively in the page as Electron's structured clone is: the
  // harness's own object serialisation takes hundreds of milliseconds for a thousand accounts (the
  // contract carries no Date, Map or binary value, so JSON loses nothing of it).
  await page.exposeFunction('__mailboxConnectInvoke', async (method: string, args: unknown[]) => {
    calls.push(method);
    if (!isApiMethod(method))
      return JSON.stringify({
        ok: false,
        error: { code: 'INVALID_ARGUMENT', message: literal(`unknown method ${method}`) },
      });
    return JSON.stringify(await dispatch(handlers, method as ApiMethod, args));
  });
  await page.addInitScript((methods: readonly string[]) => {
    const scope = globalThis as unknown as {
      __mailboxConnectInvoke: (method: string, args: unknown[]) => Promise<string>;
      __mailboxConnectMenu: (command: string) => void;
      __mailboxConnectAppEvent: (event: unknown) => void;
    };
    const api: Record<string, unknown> = Object.fromEntries(
      methods.map((method) => [
        method,
        async (...args: unknown[]) => JSON.parse(await scope.__mailboxConnectInvoke(method, args)) as unknown,
      ]),
    );
    // Main's application menu, as the preload relays it: sendMenuCommand() below plays the menu.
    const listeners = new Set<(command: string) => void>();
    api.onMenuCommand = (listener: (command: string) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    scope.__mailboxConnectMenu = (command) => listeners.forEach((listener) => listener(command));
    // Main's pushed progress, as the preload relays it: the listener gets the event, nothing else.
    const eventListeners = new Set<(event: unknown) => void>();
    api.onAppEvent = (listener: (event: unknown) => void) => {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    };
    scope.__mailboxConnectAppEvent = (event) => eventListeners.forEach((listener) => listener(event));
    Object.defineProperty(globalThis, 'api', { value: Object.freeze(api) });
  }, API_METHODS);
  // Evaluations reach the page in the order they are sent; one sent as the page closes is dropped.
  appEvents?.((event) => {
    page
      .evaluate((sent) => {
        (globalThis as unknown as { __mailboxConnectAppEvent?: (event: unknown) => void }).__mailboxConnectAppEvent?.(
          sent,
        );
      }, event)
      .catch(() => undefined);
  });
  return calls;
}

/** Waits until Fluent's motion (dialogs fading in, …) has finished, so a screenshot shows the settled UI. */
export async function settled(page: Page): Promise<void> {
  // Typed by hand: this project's Node type check has no DOM types, and the function runs in the page.
  type AnimatedDocument = { getAnimations(): { playState: string }[] };
  await page.waitForFunction(() =>
    (globalThis as unknown as { document: AnimatedDocument }).document
      .getAnimations()
      .every((animation) => animation.playState !== 'running'),
  );
}

/** Clicks an application-menu item, as main's menu would send it to the window. */
export async function sendMenuCommand(page: Page, command: MenuCommand): Promise<void> {
  await page.evaluate((name) => {
    (globalThis as unknown as { __mailboxConnectMenu: (command: string) => void }).__mailboxConnectMenu(name);
  }, command);
}

/** The command toolbar of the ribbon tab shown now. */
function ribbonOf(page: Page) {
  return page.locator('[data-ribbon]').getByRole('toolbar');
}

/**
 * Clicks a command of the tab shown: its button when the window has room for it, otherwise from
 * "More commands", where the ribbon moves what does not fit. False when the tab does not have it.
 */
async function clickOnShownTab(page: Page, name: string): Promise<boolean> {
  const toolbar = ribbonOf(page);
  const button = toolbar.getByRole('button', { name, exact: true });
  const more = toolbar.getByRole('button', { name: /^(More commands|Weitere Befehle)$/ });
  const item = page.getByRole('menuitem', { name, exact: true });
  // A command moved into "More commands" keeps its (hidden) button on the tab.
  if ((await toolbar.getByRole('button', { name, exact: true, includeHidden: true }).count()) === 0) return false;
  // The overflow is measured after each layout change (a dialog closing, a narrower window): a
  // command may move between the ribbon and the menu while we look, so look again, a few times.
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    if (await button.isVisible()) {
      await button.click();
      return true;
    }
    if (await more.isVisible()) {
      if (!(await item.isVisible())) await more.click();
      try {
        await item.click({ timeout: 2_000 });
        return true;
      } catch {
        await page.keyboard.press('Escape');
      }
    } else {
      await page.waitForTimeout(200);
    }
  }
  return false;
}

/** Runs a ribbon command as a user would: on its tab, from its button or from "More commands". */
export async function ribbonCommand(page: Page, name: string): Promise<void> {
  const tabs = page.locator('[data-ribbon]').getByRole('tab');
  // The window draws once its code, language and theme have loaded, after the page's load event.
  await tabs.first().waitFor();
  if (await clickOnShownTab(page, name)) return;
  for (const tab of await tabs.all()) {
    if ((await tab.getAttribute('aria-selected')) === 'true') continue;
    await tab.click();
    if (await clickOnShownTab(page, name)) return;
  }
  throw new Error(`The ribbon has no command "${name}" on any tab.`);
}

/**
 * An account in the Connect accounts list (an option of its listbox, in either language). The list
 * draws only the rows in view: an account far down is found once the keyboard or a scroll reaches it.
 */
export function accountRow(page: Page, name: string | RegExp) {
  return page.getByRole('listbox', { name: /^(E-mail accounts|E-Mail-Konten)$/ }).getByRole('option', { name });
}

/** The ribbon commands shown as buttons, not moved into "More commands". */
export async function visibleRibbonCommands(page: Page): Promise<string[]> {
  const buttons = ribbonOf(page).getByRole('button');
  const names: string[] = [];
  for (const button of await buttons.all()) {
    if (await button.isVisible()) names.push((await button.innerText()).trim());
  }
  return names.filter((name) => name !== '');
}

/**
 * The font families Chromium really drew an element's text with (not the CSS stack): the tests'
 * layouts assume the fonts the install script brings, so a missing font fails here, by name.
 */
export async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName);
  } finally {
    await cdp.detach();
  }
}

export interface OpenConsole {
  page: Page;
  url: string;
  /** The window.api methods the page called, in order. */
  calls: string[];
  close: () => Promise<void>;
}

/**
 * The built renderer served on loopback in Chromium at 1280×860, its window.api bound to `handlers`:
 * the console as an e2e test starts it.
 */
export async function openConsole(
  handlers: IpcHandlers,
  locale?: string,
  appEvents?: AppEventSource,
): Promise<OpenConsole> {
  const { serveDirectory } = await import('./static-server');
  const site = await serveDirectory(path.resolve(import.meta.dirname, '../../out/renderer'));
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, ...(locale ? { locale } : {}) });
  const calls = await bindApi(page, handlers, appEvents);
  return {
    page,
    url: site.url,
    calls,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

/** The page's whole document as HTML: what a canary searches for a secret that must not reach the window. */
export function pageHtml(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { outerHTML: string } } }).document.documentElement
        .outerHTML,
  );
}
