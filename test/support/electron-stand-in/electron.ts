/**
 * A stand-in for the `electron` module that plain Node 24 loads in place of the real one (Electron
 * cannot launch here, DESIGN.md §6), so the *built* main bundle can boot. It records what the app
 * asks of Electron, in order, and reports it as JSON once the window has loaded its page.
 *
 * Runs without vitest and without a build step: Node strips the types, so only erasable
 * TypeScript is used (no enums, no parameter properties). Each stand-in object is checked against
 * Electron's own typings at the bottom of the file, so a method the app calls with the wrong shape
 * does not compile.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {
  App,
  BrowserWindow as ElectronBrowserWindow,
  BrowserWindowConstructorOptions,
  Clipboard,
  Dialog,
  IpcMain,
  Menu as ElectronMenu,
  MenuItemConstructorOptions,
  SafeStorage,
  Screen,
  Shell,
} from 'electron';

export interface StandInWindowReport {
  options: BrowserWindowConstructorOptions;
  loadedUrl?: string;
  webContentsEvents: string[];
  windowOpenHandler: boolean;
  permissionRequestHandler: boolean;
  permissionCheckHandler: boolean;
  windowEvents: string[];
}

export interface StandInReport {
  /** What the app asked of Electron, in order ("app.requestSingleInstanceLock", "ipcMain.handle", …). */
  calls: string[];
  ipcChannels: string[];
  windows: StandInWindowReport[];
  menuLabels: string[];
  paths: Record<string, string>;
  /** How the launcher was started and which main entry it resolved (launch.mjs). */
  launch?: { argv: string[]; cwd: string; main: string; flags: string[] };
  error?: string;
}

const report: StandInReport = { calls: [], ipcChannels: [], windows: [], menuLabels: [], paths: {} };
const record = (call: string): void => void report.calls.push(call);

class StandInWebContents extends EventEmitter {
  windowReport: StandInWindowReport;
  session: {
    setPermissionRequestHandler: (handler: unknown) => void;
    setPermissionCheckHandler: (handler: unknown) => void;
  };
  constructor(windowReport: StandInWindowReport) {
    super();
    this.windowReport = windowReport;
    this.session = {
      setPermissionRequestHandler: () => void (windowReport.permissionRequestHandler = true),
      setPermissionCheckHandler: () => void (windowReport.permissionCheckHandler = true),
    };
    this.on('newListener', (event: string) => windowReport.webContentsEvents.push(event));
  }
  setWindowOpenHandler(): void {
    this.windowReport.windowOpenHandler = true;
  }
  send(channel: string): void {
    record(`webContents.send ${channel}`);
  }
}

const windows: StandInBrowserWindow[] = [];

class StandInBrowserWindow extends EventEmitter {
  static getAllWindows(): StandInBrowserWindow[] {
    return windows;
  }
  webContents: StandInWebContents;
  windowReport: StandInWindowReport;
  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    record('new BrowserWindow');
    this.windowReport = {
      options,
      webContentsEvents: [],
      windowOpenHandler: false,
      permissionRequestHandler: false,
      permissionCheckHandler: false,
      windowEvents: [],
    };
    this.webContents = new StandInWebContents(this.windowReport);
    this.on('newListener', (event: string) => this.windowReport.windowEvents.push(event));
    report.windows.push(this.windowReport);
    windows.push(this);
  }
  async loadURL(url: string): Promise<void> {
    record('BrowserWindow.loadURL');
    this.windowReport.loadedUrl = url;
    // A page loads, then Electron says it may be shown: the app's own handlers run as they would.
    setTimeout(() => {
      this.emit('ready-to-show');
      finish();
    }, 20);
  }
  show(): void {
    record('BrowserWindow.show');
  }
  maximize(): void {}
  restore(): void {}
  focus(): void {}
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return false;
  }
  getNormalBounds() {
    const { x = 0, y = 0, width = 0, height = 0 } = this.windowReport.options;
    return { x, y, width, height };
  }
}

const packageJson = JSON.parse(readFileSync(path.resolve(process.cwd(), 'package.json'), 'utf8')) as {
  version: string;
};

class StandInApp extends EventEmitter {
  isPackaged = false;
  paths = new Map<string, string>();
  requestSingleInstanceLock(): boolean {
    record('app.requestSingleInstanceLock');
    return true;
  }
  quit(): void {
    record('app.quit');
  }
  whenReady(): Promise<void> {
    record('app.whenReady');
    return new Promise((resolve) => setImmediate(resolve));
  }
  getPath(name: Parameters<App['getPath']>[0]): string {
    const folder = this.paths.get(name) ?? path.join(standInHome, name);
    report.paths[name] = folder;
    return folder;
  }
  setPath(name: Parameters<App['setPath']>[0], value: string): void {
    record(`app.setPath ${name}`);
    this.paths.set(name, value);
  }
  getVersion(): string {
    return packageJson.version;
  }
  getLocale(): string {
    return 'en-US';
  }
  getName(): string {
    return 'Mailbox Connect';
  }
}

const standInHome = process.env.MC_STAND_IN_HOME ?? mkdtempSync(path.join(os.tmpdir(), 'mc-electron-stand-in-'));

export const app = new StandInApp();
export const BrowserWindow = StandInBrowserWindow;

export const ipcMain = {
  handle(channel: string): void {
    record('ipcMain.handle');
    report.ipcChannels.push(channel);
  },
  on(channel: string): IpcMain {
    record(`ipcMain.on ${channel}`);
    return ipcMain as unknown as IpcMain;
  },
};

export const Menu = {
  buildFromTemplate(template: MenuItemConstructorOptions[]): ElectronMenu {
    report.menuLabels = template.map((item) => item.label ?? item.role ?? '');
    return { items: template } as unknown as ElectronMenu;
  },
  setApplicationMenu(): void {
    record('Menu.setApplicationMenu');
  },
};

const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
export const screen = {
  getAllDisplays: () => [{ workArea }],
  getPrimaryDisplay: () => ({ workArea }),
};

export const safeStorage = {
  isAsyncEncryptionAvailable: async (): Promise<boolean> => true,
  getSelectedStorageBackend: (): ReturnType<SafeStorage['getSelectedStorageBackend']> => 'gnome_libsecret',
  encryptStringAsync: async (plainText: string): Promise<Buffer> => Buffer.from(plainText).reverse(),
  decryptStringAsync: async (encrypted: Buffer) => ({
    result: Buffer.from(encrypted).reverse().toString(),
    shouldReEncrypt: false,
  }),
};

export const clipboard = { writeText: async (): Promise<void> => record('clipboard.writeText') };
export const dialog = {
  showMessageBox: async () => ({ response: 0, checkboxChecked: false }),
  showMessageBoxSync: (): number => 0,
  showErrorBox: (title: string): void => record(`dialog.showErrorBox ${title}`),
  showSaveDialog: async () => ({ canceled: true }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
};
export const shell = {
  openExternal: async (): Promise<void> => record('shell.openExternal'),
  openPath: async (): Promise<string> => '',
};

let finished = false;
/** Writes the report where the launcher asked for it and ends the process. */
function finish(error?: unknown): void {
  if (finished) return;
  finished = true;
  report.launch = (globalThis as { __electronStandInLaunch?: StandInReport['launch'] }).__electronStandInLaunch;
  if (error !== undefined) report.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const target = process.env.MC_STAND_IN_REPORT;
  const json = JSON.stringify(report);
  if (target) writeFileSync(target, json);
  else process.stdout.write(`${json}\n`);
  process.exit(error === undefined ? 0 : 1);
}
process.on('uncaughtException', finish);
process.on('unhandledRejection', finish);
setTimeout(() => finish(new Error('the app created no window within 15 s')), 15_000).unref();

// electron-store imports the default export (Electron's module is CommonJS).
export default { app, BrowserWindow, ipcMain, Menu, screen, safeStorage, clipboard, dialog, shell };

// Compile-time only: each stand-in has the shape Electron's typings give the members the app uses,
// so a stand-in that drifts from Electron (or an app call it cannot serve) does not type-check.
type Matches<StandIn extends Real, Real> = [StandIn, Real];
type AppMembers =
  'requestSingleInstanceLock' | 'quit' | 'whenReady' | 'getPath' | 'setPath' | 'getVersion' | 'getLocale';
type WindowMembers = 'loadURL' | 'show' | 'maximize' | 'restore' | 'focus' | 'isMinimized' | 'isMaximized';
type SafeStorageMembers = 'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptStringAsync';
export type StandInTypeChecks = [
  Matches<Pick<StandInApp, AppMembers | 'isPackaged'>, Pick<App, AppMembers | 'isPackaged'>>,
  Matches<Pick<StandInBrowserWindow, WindowMembers>, Pick<ElectronBrowserWindow, WindowMembers>>,
  Matches<Pick<typeof StandInBrowserWindow, 'getAllWindows'>, { getAllWindows(): unknown[] }>,
  Matches<Pick<typeof safeStorage, SafeStorageMembers>, Pick<SafeStorage, SafeStorageMembers>>,
  Matches<typeof clipboard, Pick<Clipboard, 'writeText'>>,
  Matches<
    Pick<typeof dialog, 'showMessageBoxSync'>,
    { showMessageBoxSync: () => ReturnType<Dialog['showMessageBoxSync']> }
  >,
  Matches<Pick<typeof shell, 'openExternal'>, Pick<Shell, 'openExternal'>>,
  Matches<Pick<typeof dialog, 'showErrorBox'>, Pick<Dialog, 'showErrorBox'>>,
  Matches<typeof screen.getPrimaryDisplay, () => Pick<ReturnType<Screen['getPrimaryDisplay']>, 'workArea'>>,
];
