import type { AppEvent } from '../../shared/app-events';
import type { AppInfo } from '../../shared/app-info';
import type { CommandStates } from '../../shared/commands';
import { setMessageLocale, t, type Locale } from '../../shared/i18n';
import { message } from '../../shared/i18n/message';
import type { IpcHandlers, IpcReply } from '../../shared/ipc';
import type { StorageStatus } from '../../shared/storage-status';
import { suggestedExportFileName } from '../../shared/transfer';
import type { Core } from '../../core/create-core';
import { ChosenImportFiles } from '../../core/transfer/chosen-import-files';

/** The core's use cases, and what only the app has: its window's dialogs, the clipboard, the menu. */
export interface HandlerServices {
  core: Core;
  storageStatus: StorageStatus;
  /** Version, runtime and trust sources, described in the current language. */
  appInfo: () => AppInfo;
  /** The window chose a language: main's menu and native dialogs follow it. */
  onLocaleChange?: (locale: Locale) => void;
  /** The window reports which commands can run now: the application menu follows (absent without a menu). */
  onCommandStates?: (states: CommandStates) => void;
  /** The system clipboard (Electron's clipboard module in the app). */
  writeClipboard: (text: string) => void;
  /** Asks where to save an export (the save dialog in the app); undefined when the user cancels. */
  chooseExportPath: (suggestedName: string) => Promise<string | undefined>;
  /** Asks which file to import (the open dialog in the app); undefined when the user cancels. */
  chooseImportPath: () => Promise<string | undefined>;
  /** Pushes progress to the window (webContents.send in the app): the window subscribes instead of polling. */
  emit: (event: AppEvent) => void;
}

const notPortable = (): IpcReply<never> => ({
  ok: false,
  error: { code: 'NOT_PORTABLE', message: message('portable.notPortable') },
});

/** The handler table: one entry per method of the contract (a missing one does not compile). */
export function createIpcHandlers(services: HandlerServices): IpcHandlers {
  const { core } = services;
  const { accounts, transfer, testAll, connectionTest, portable } = core;
  const importFiles = new ChosenImportFiles();
  // Progress is a courtesy to the window: a window that is gone or a send that throws must never
  // change a test's outcome, so nothing thrown here reaches the test that reported.
  const emit = (event: AppEvent): void => {
    try {
      services.emit(event);
    } catch {
      // The window learns the outcome from the reply anyway.
    }
  };

  return {
    getAppInfo: async () => ({ ok: true, value: services.appInfo() }),
    setLocale: async (locale) => {
      setMessageLocale(locale);
      services.onLocaleChange?.(locale);
      return { ok: true, value: { locale } };
    },
    getStorageStatus: async () => ({ ok: true, value: services.storageStatus }),
    listAccounts: async () => ({ ok: true, value: accounts.list() }),
    getAccount: async (id) => accounts.get(id),
    saveAccount: (request) => accounts.save(request),
    // The copy's name is stored, not shown once: it takes the word of the language the window speaks now.
    duplicateAccount: async (id) => accounts.duplicate(id, t('accounts.copySuffix')),
    deleteAccount: async (id) => accounts.delete(id),
    testConnection: (request) => connectionTest.test(request, (stage) => emit({ type: 'connectionTestStage', stage })),
    detectSettings: async (request) => {
      const server = request.server.trim();
      return {
        ok: true,
        value: await core.detectSettings({
          server,
          ...(request.caPem ? { caPem: request.caPem } : {}),
          ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
        }),
      };
    },
    copyText: async (text) => {
      services.writeClipboard(text);
      return { ok: true, value: { copied: text.length } };
    },
    exportAccounts: async ({ ids, passphrase }) => {
      // The dialog first: a cancelled export costs no key derivation.
      const target = await services.chooseExportPath(suggestedExportFileName(new Date()));
      if (!target) return { ok: true, value: { accounts: 0, passwords: 0, withoutPassword: [] } };
      return transfer.exportToFile(target, ids, passphrase);
    },
    chooseImportFile: async () => importFiles.choose(await services.chooseImportPath()),
    previewImport: async ({ file, ...request }) => {
      const text = importFiles.textOf(file);
      return text.ok ? transfer.plan({ ...request, text: text.value }) : text;
    },
    applyImport: async ({ file, ...request }) => {
      const text = importFiles.textOf(file);
      if (!text.ok) return text;
      const applied = await transfer.apply({ ...request, text: text.value });
      if (applied.ok) importFiles.forget(file);
      return applied;
    },
    testAccounts: ({ ids, concurrency }) =>
      testAll.run(ids, concurrency, {
        onProgress: (progress) => emit({ type: 'testAllProgress', progress }),
        onOutcome: (outcome) => emit({ type: 'testAllOutcome', outcome }),
      }),
    getPortableStatus: async () => ({ ok: true, value: portable ? await portable.status() : { portable: false } }),
    setPortablePassphrase: async ({ passphrase, remember }) =>
      portable ? portable.setPassphrase(passphrase, remember ?? false) : notPortable(),
    unlockPortable: async ({ passphrase, remember }) =>
      portable ? portable.unlock(passphrase, remember ?? false) : notPortable(),
    changePortablePassphrase: async ({ oldPassphrase, newPassphrase }) =>
      portable ? portable.change(oldPassphrase, newPassphrase) : notPortable(),
    forgetPortableKey: async () => (portable ? portable.forget() : notPortable()),
    setCommandStates: async (states) => {
      services.onCommandStates?.(states);
      return { ok: true, value: states };
    },
    cancelTest: async () => {
      // Esc and Cancel stop whatever runs: the single test, or Test all.
      const cancelledAll = testAll.cancel();
      const cancelledOne = connectionTest.cancel();
      return { ok: true, value: { cancelled: cancelledAll || cancelledOne } };
    },
  };
}
