import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { API_METHODS, channelOf } from '../../src/shared/ipc-channels';
import { APP_EVENT_CHANNEL } from '../../src/shared/app-events';
import { MENU_COMMAND_CHANNEL } from '../../src/shared/menu-commands';
import type { StandInReport } from '../support/electron-stand-in/electron';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'out');
const LAUNCHER = path.join(ROOT, 'test/support/electron-stand-in/launch.mjs');
const ELECTRON_VITE = path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js');

/**
 * What ships, booted: the built bundles in out/ (not the sources) on plain Node with a stand-in
 * for Electron (test/support/electron-stand-in). A bundling mistake — an ESM/CJS mix-up, a missing
 * external, a wrong path to the preload or the page — fails here, where the source-level tests of
 * the shell (test/main) cannot see it.
 */
describe('the built app boots', () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'mc-boot-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  const boot = async (command: string, args: string[], name: string, env: NodeJS.ProcessEnv = {}) => {
    const reportFile = path.join(home, `${name}.json`);
    const { stdout } = await run(command, args, {
      cwd: ROOT,
      env: { ...process.env, MC_STAND_IN_HOME: path.join(home, name), MC_STAND_IN_REPORT: reportFile, ...env },
      timeout: 30_000,
    });
    return { report: JSON.parse(readFileSync(reportFile, 'utf8')) as StandInReport, stdout };
  };

  it('out/main/index.js becomes ready, registers every IPC channel and loads the built page with the built preload', async () => {
    const { report } = await boot(process.execPath, [LAUNCHER, path.join(OUT, 'main/index.js')], 'main');
    expect(report.error).toBeUndefined();
    // One writer for the data folder: the lock comes before anything opens it or shows a window.
    expect(report.calls.indexOf('app.requestSingleInstanceLock')).toBeGreaterThanOrEqual(0);
    expect(report.calls.indexOf('app.requestSingleInstanceLock')).toBeLessThan(
      report.calls.indexOf('new BrowserWindow'),
    );
    expect(report.calls).not.toContain('app.quit');
    expect([...report.ipcChannels].sort()).toEqual(API_METHODS.map(channelOf).sort());

    expect(report.windows).toHaveLength(1);
    const [window] = report.windows;
    const preferences = window?.options.webPreferences ?? {};
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    expect(path.dirname(preferences.preload ?? '')).toBe(path.join(OUT, 'preload'));
    expect(existsSync(preferences.preload ?? '')).toBe(true);
    const page = fileURLToPath(window?.loadedUrl ?? 'file:///nowhere');
    expect(page).toBe(path.join(OUT, 'renderer/index.html'));
    expect(readFileSync(page, 'utf8')).toMatch(/<script type="module"[^>]* src="\.\/assets\/index-[\w-]+\.js"/);

    expect(window?.webContentsEvents).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    );
    expect(window).toMatchObject({
      windowOpenHandler: true,
      permissionRequestHandler: true,
      permissionCheckHandler: true,
    });
    expect(report.calls).toContain('Menu.setApplicationMenu');
    expect(report.calls.at(-1)).toBe('BrowserWindow.show');
  });

  it('the built preload runs in a sandboxed renderer: CommonJS, only `electron`, exposing exactly the contract', () => {
    const source = readFileSync(path.join(OUT, 'preload/index.cjs'), 'utf8');
    const exposed = new Map<string, unknown>();
    const invoked: unknown[][] = [];
    const subscribed: string[] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => void invoked.push(args),
        on: (channel: string) => void subscribed.push(channel),
        removeListener: () => undefined,
      },
    };
    // A sandboxed preload gets a `require` that knows only a few modules; anything else throws.
    const sandboxedRequire = (name: string) => {
      if (name === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${name}`);
    };
    const module = { exports: {} };
    vm.runInNewContext(`(function (require, module, exports) {${source}\n})`, {})(
      sandboxedRequire,
      module,
      module.exports,
    );

    expect([...exposed.keys()]).toEqual(['api']);
    const api = exposed.get('api') as Record<string, (...args: unknown[]) => unknown>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'onMenuCommand', 'onAppEvent'].sort());
    void api.listAccounts?.();
    expect(invoked).toEqual([[channelOf('listAccounts')]]);
    api.onMenuCommand?.(() => undefined);
    api.onAppEvent?.(() => undefined);
    expect(subscribed).toEqual([MENU_COMMAND_CHANNEL, APP_EVENT_CHANNEL]);
  });

  it('electron-vite preview launches Electron on the project’s main entry', async () => {
    const { report, stdout } = await boot(process.execPath, [ELECTRON_VITE, 'preview', '--skipBuild'], 'preview', {
      ELECTRON_EXEC_PATH: LAUNCHER,
    });
    expect(stdout).toContain('starting electron app');
    expect(report.launch).toMatchObject({ argv: ['.'], cwd: ROOT, main: path.join(OUT, 'main/index.js') });
    expect(report.error).toBeUndefined();
    expect(report.windows).toHaveLength(1);
  });
});
