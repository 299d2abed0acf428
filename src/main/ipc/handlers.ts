import type { AppEvent } from '../../shared/app-events';
import type { AppInfo } from '../../shared/app-info';
import type { CommandStates } from '../../shared/commands';
import { setMessageLocale, t, type Locale } from '../../shared/i18n';
import type { IpcHandlers } from '../../shared/ipc';
import { succeeded } from '../../shared/result';
import type { StorageStatus } from '../../shared/storage-status';
import type { Core } from '../../core/create-core';
import { ChosenClientCertificates } from '../chosen-client-certificates';
import { saveDiagnostics, saveHandover, type ChooseEvidencePath } from '../evidence-files';
import { withCertificateSecret } from './certificate-secret';

/** The core's use cases, and what only the app has: its window's dialogs, the clipboard, the menu. */
export interface HandlerServices {
  core: Core;
  storageStatus: StorageStatus;
  /** Version, runtime and trust sources (as messages). */
  appInfo: () => AppInfo;
  /** The window chose a language: main's menu and native dialogs follow it. */
  onLocaleChange?: (locale: Locale) => void;
  /** The window reports which commands can run now: the application menu follows (absent without a menu). */
  onCommandStates?: (states: CommandStates) => void;
  /** The system clipboard (Electron's clipboard module in the app). */
  writeClipboard: (text: string) => void;
  /** Asks where to save an export (the save dialog in the app); undefined when the user cancels. */
  chooseExportPath: (suggestedName: string) => Promise<string | undefined>;
  /** Asks where to save diagnostics or the handover report (the save dialog); undefined when the user cancels. */
  chooseEvidencePath: ChooseEvidencePath;
  /** Asks which file to import (the open dialog in the app); undefined when the user cancels. */
  chooseImportPath: () => Promise<string | undefined>;
  /** Asks which app certificate (PEM) to use (the open dialog in the app); undefined when the user cancels. */
  chooseClientCertificatePath: () => Promise<string | undefined>;
  /** Pushes progress to the window (webContents.send in the app): the window subscribes instead of polling. */
  emit: (event: AppEvent) => void;
}

/** The handler table: one entry per method of the contract (a missing one does not compile). */
export function createIpcHandlers(services: HandlerServices): IpcHandlers {
  const { accounts, connectionTest, testAll, transfer, fileImport, passphrase, ...core } = services.core;
  // Progress is a courtesy to the window: a window that is gone or a send that throws must never
  // change a test's outcome, so nothing thrown here reaches the test that reported.
  const emit = (event: AppEvent): void => {
    try {
      services.emit(event);
    } catch {
      // The window learns the outcome from the reply anyway.
    }
  };

  // The app certificate the window chose: its key stays here, the window holds a token (issue 16).
  const certificates = new ChosenClientCertificates();

  const evidence = () => ({
    core: services.core,
    chooseEvidencePath: services.chooseEvidencePath,
    application: `Mailbox Connect ${services.appInfo().version}`,
  });

  return {
    getAppInfo: async () => succeeded(services.appInfo()),
    setLocale: async (locale) => succeeded({ locale: setMainLocale(locale, services.onLocaleChange) }),
    getStorageStatus: async () => succeeded(services.storageStatus),
    listAccounts: async () => succeeded(accounts.list()),
    getAccount: async (id) => accounts.get(id),
    saveAccount: async (request) => {
      const traded = withCertificateSecret(request, certificates);
      if (!traded.ok) return traded;
      const saved = await accounts.save(traded.request);
      // Sealed with the account now: the key is not kept in memory any longer.
      if (saved.ok && request.clientCertificateFile) certificates.forget(request.clientCertificateFile);
      return saved;
    },
    // The copy's name is stored, not shown once: it takes the word of the language the window speaks now.
    duplicateAccount: async (id) => accounts.duplicate(id, t('accounts.copySuffix')),
    deleteAccount: async (id) => accounts.delete(id),
    restoreAccount: async (id) => accounts.restore(id),
    // Not async: a second request while a test runs gets the running test's own promise (it joins it).
    testConnection: (request) => {
      const traded = withCertificateSecret(request, certificates);
      if (!traded.ok) return Promise.resolve(traded);
      return connectionTest.test(traded.request, (stage) => emit({ type: 'connectionTestStage', stage }));
    },
    detectSettings: (request) => core.detect(request),
    cancelTest: async () => succeeded({ cancelled: core.cancelTests() }),
    copyText: async (text) => succeeded({ copied: copyToClipboard(text, services.writeClipboard) }),
    exportAccounts: ({ ids, passphrase }) => transfer.exportToChosenFile(services.chooseExportPath, ids, passphrase),
    chooseImportFile: async () => fileImport.choose(await services.chooseImportPath()),
    chooseClientCertificate: async () => certificates.choose(await services.chooseClientCertificatePath()),
    openClientCertificate: async ({ password }) => certificates.open(password),
    previewImport: (request) => fileImport.preview(request),
    applyImport: (request) => fileImport.apply(request),
    saveDiagnostics: () => saveDiagnostics(evidence()),
    saveHandover: () => saveHandover(evidence()),
    testAccounts: ({ ids, concurrency }) =>
      testAll.run(ids, concurrency, {
        onProgress: (progress) => emit({ type: 'testAllProgress', progress }),
        onOutcome: (outcome) => emit({ type: 'testAllOutcome', outcome }),
      }),
    getPortableStatus: async () => succeeded(await passphrase.status()),
    setPortablePassphrase: ({ passphrase: text, remember }) => passphrase.setPassphrase(text, remember ?? false),
    unlockPortable: ({ passphrase: text, remember }) => passphrase.unlock(text, remember ?? false),
    changePortablePassphrase: ({ oldPassphrase, newPassphrase }) => passphrase.change(oldPassphrase, newPassphrase),
    forgetPortableKey: () => passphrase.forget(),
    setCommandStates: async (states) => succeeded(followCommandStates(states, services.onCommandStates)),
  };
}

/** Main's own words (menu, native dialogs) follow the window's language. */
function setMainLocale(locale: Locale, onLocaleChange: ((locale: Locale) => void) | undefined): Locale {
  setMessageLocale(locale);
  onLocaleChange?.(locale);
  return locale;
}

function copyToClipboard(text: string, writeClipboard: (text: string) => void): number {
  writeClipboard(text);
  return text.length;
}

/** The application menu follows the states the window reports (absent without a menu). */
function followCommandStates(
  states: CommandStates,
  onCommandStates: ((states: CommandStates) => void) | undefined,
): CommandStates {
  onCommandStates?.(states);
  return states;
}
