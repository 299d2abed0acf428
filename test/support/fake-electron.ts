import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { vi, type Mock } from 'vitest';

/**
 * A stand-in for the `electron` module (DESIGN.md §6: Electron cannot launch here). It records what
 * the shell asks of Electron — window options, event handlers, IPC registrations, menu — so tests
 * can check every decision the shell makes. Use with
 * `vi.mock('electron', async () => (await import('../../support/fake-electron')).fakeElectron)`.
 */

type Handler = (...args: unknown[]) => unknown;

/** vi.fn with a nameable type (the type check of exported fakes needs one). */
function mockFunction<T extends (...args: never[]) => unknown>(implementation?: T): Mock<T> {
  return implementation ? vi.fn(implementation) : (vi.fn() as unknown as Mock<T>);
}

export class FakeWebContents extends EventEmitter {
  readonly send = mockFunction();
  readonly mainFrame = { url: '' };
  windowOpenHandler: Handler | undefined;
  permissionRequestHandler: Handler | undefined;
  permissionCheckHandler: Handler | undefined;
  readonly session = {
    setPermissionRequestHandler: (handler: Handler) => void (this.permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler: Handler) => void (this.permissionCheckHandler = handler),
  };
  setWindowOpenHandler(handler: Handler): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly created: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.created;
  }
  readonly webContents = new FakeWebContents();
  readonly loadURL = mockFunction(async () => undefined);
  readonly show = mockFunction();
  readonly maximize = mockFunction();
  readonly restore = mockFunction();
  readonly focus = mockFunction();
  minimized = false;
  maximized = false;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds() {
    const { x, y, width, height } = this.options as { x: number; y: number; width: number; height: number };
    return { x, y, width, height };
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  hasLock = true;
  readonly paths = new Map<string, string>();
  readonly quit = mockFunction();
  /** Like Electron's: a folder that does not exist is refused (the caller must create it first). */
  readonly setPath = mockFunction((name: string, value: string) => {
    if (!existsSync(value)) throw new Error(`Failed to set path: ${value} does not exist`);
    this.paths.set(name, value);
  });
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  getPath(name: string): string {
    const value = this.paths.get(name);
    if (!value) throw new Error(`the test gave no path for ${name}`);
    return value;
  }
  getVersion(): string {
    return '0.1.0-test';
  }
  getLocale(): string {
    return 'en-US';
  }
  getName(): string {
    return 'Mailbox Connect';
  }
}

const display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };

function createFakeElectron() {
  const ipcHandlers = new Map<string, Handler>();
  const menus: unknown[] = [];
  return {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handlers: ipcHandlers,
      handle: mockFunction((channel: string, handler: Handler) => {
        if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
        ipcHandlers.set(channel, handler);
      }),
      on: mockFunction(),
    },
    ipcRenderer: { invoke: mockFunction(), on: mockFunction(), removeListener: mockFunction() },
    contextBridge: { exposeInMainWorld: mockFunction() },
    shell: { openExternal: mockFunction(async () => undefined) },
    dialog: {
      showMessageBox: mockFunction(async () => ({ response: 0 })),
      showMessageBoxSync: mockFunction((_window: unknown, _options: unknown) => 0),
      showErrorBox: mockFunction((_title: string, _content: string) => undefined),
      // Cancelled unless a test answers: the options it was called with are what a test reads.
      showSaveDialog: mockFunction(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({
        canceled: true,
      })),
    },
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
    Menu: {
      menus,
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: mockFunction((menu: unknown) => void menus.push(menu)),
    },
    safeStorage: {
      isAsyncEncryptionAvailable: async () => true,
      getSelectedStorageBackend: () => 'dpapi',
      encryptStringAsync: async (text: string) => Buffer.from(text).reverse(),
      decryptStringAsync: async (data: Buffer) => ({
        result: Buffer.from(data).reverse().toString(),
        shouldReEncrypt: false,
      }),
    },
  };
}

// One instance per worker, even across vi.resetModules(): the test and the freshly imported main
// process must see the same fake.
const scope = globalThis as unknown as { __fakeElectron?: ReturnType<typeof createFakeElectron> };
export const fakeElectron = (scope.__fakeElectron ??= createFakeElectron());
export default fakeElectron;

/** A clean slate between tests that import modules with side effects (src/main/index.ts). */
export function resetFakeElectron(): void {
  fakeElectron.BrowserWindow.created.length = 0;
  fakeElectron.ipcMain.handlers.clear();
  fakeElectron.Menu.menus.length = 0;
  fakeElectron.app.removeAllListeners();
  fakeElectron.app.paths.clear();
  fakeElectron.app.hasLock = true;
  vi.clearAllMocks();
}
