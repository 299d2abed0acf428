import { connectionSettingsSchema, fieldErrorsOf } from '../../shared/account';
import type { ConnectionTestReport } from '../../shared/connection-test';
import {
  accountNotFound,
  validationFailure,
  type IpcHandlers,
  type IpcReply,
  type TestConnectionRequest,
} from '../../shared/ipc';
import type { AppInfo } from '../../shared/app-info';
import { plaintextConsentMissing } from '../../shared/encryption';
import { renderStorageStatus, type PendingStorageStatus } from '../../shared/storage-status';
import { UNUSABLE_PASSWORD_MESSAGE, type AccountsService } from '../../core/accounts/accounts-service';
import type { ConnectionTestInput } from '../../core/connection-test/run-connection-test';
import { testInputOf } from '../../core/connection-test/test-input';
import { SavedAccountsTester } from '../../core/test-all/test-saved-accounts';
import type { DetectInput } from '../../core/detect/detect-settings';
import type { DetectionReport } from '../../shared/detection';
import { setMessageLocale, t, type Locale } from '../../shared/i18n';
import { suggestedExportFileName } from '../../shared/transfer';
import { ChosenImportFiles } from '../../core/transfer/chosen-import-files';
import type { TransferService } from '../../core/transfer/transfer-service';
import type { PortablePasswords } from '../../core/portable/portable-passwords';
import { writeExportFile } from '../../core/transfer/write-export-file';

export interface HandlerServices {
  accounts: AccountsService;
  storageStatus: PendingStorageStatus;
  /** Version, runtime and trust sources, described in the current language. */
  appInfo: () => AppInfo;
  /** The window chose a language: main's messages, menu and dialogs follow it. */
  onLocaleChange?: (locale: Locale) => void;
  /** The system clipboard (Electron's clipboard module in the app). */
  writeClipboard: (text: string) => void;
  runConnectionTest: (input: ConnectionTestInput) => Promise<ConnectionTestReport>;
  detectSettings: (input: DetectInput) => Promise<DetectionReport>;
  transfer: TransferService;
  /** Asks where to save an export (the save dialog in the app); undefined when the user cancels. */
  chooseExportPath: (suggestedName: string) => Promise<string | undefined>;
  /** Asks which file to import (the open dialog in the app); undefined when the user cancels. */
  chooseImportPath: () => Promise<string | undefined>;
  /** Portable mode only: the passphrase that seals the stick's passwords. Undefined in the installed app. */
  portable?: PortablePasswords;
}

const notPortable = (): IpcReply<never> => ({
  ok: false,
  error: { code: 'NOT_PORTABLE', message: t('portable.notPortable') },
});

function passwordNeeded(reason: keyof typeof UNUSABLE_PASSWORD_MESSAGE): IpcReply<never> {
  const message = t(UNUSABLE_PASSWORD_MESSAGE[reason]);
  return validationFailure({ password: message }, message);
}

/**
 * The handler table: one entry per method of the contract (a missing one does not compile).
 * Only one connection test runs at a time; a second request joins the running one instead of
 * opening another connection.
 */
export function createIpcHandlers(services: HandlerServices): IpcHandlers {
  const importFiles = new ChosenImportFiles();
  const tester = new SavedAccountsTester(services.accounts, services.runConnectionTest);
  let running: { controller: AbortController; result: Promise<IpcReply<ConnectionTestReport>> } | undefined;

  const startTest = async (
    request: TestConnectionRequest,
    signal: AbortSignal,
  ): Promise<IpcReply<ConnectionTestReport>> => {
    const parsed = connectionSettingsSchema.safeParse(request.settings);
    if (!parsed.success) return validationFailure(fieldErrorsOf(parsed.error));
    const settings = parsed.data;
    // Main decides, not the window: no password (typed or stored) goes out over None or No TLS unless
    // the tested settings carry the user's acknowledgement. Nothing is looked up or recorded without it.
    if (plaintextConsentMissing(settings.encryption, settings.insecureAcknowledged)) {
      const message = t('validation.insecure');
      return validationFailure({ insecureAcknowledged: message }, message);
    }
    let password = request.password;
    if (!password && request.accountId) {
      const stored = await services.accounts.passwordFor(request.accountId, settings);
      // Locked is not "enter again": the stored password is fine once the passphrase is entered.
      if (!stored.ok && stored.reason === 'locked')
        return { ok: false, error: { code: 'PASSWORDS_LOCKED', message: t('password.locked') } };
      if (!stored.ok)
        return stored.reason === 'not-found' ? accountNotFound(request.accountId) : passwordNeeded(stored.reason);
      password = stored.password;
    }
    if (!password) return passwordNeeded('no-password');
    const report = await services.runConnectionTest(
      testInputOf(settings, password, {
        signal,
        ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
        ...(request.createMissingFolders ? { createMissingFolders: true } : {}),
      }),
    );
    if (request.accountId) services.accounts.recordTestResult(request.accountId, report);
    return { ok: true, value: report };
  };

  return {
    getAppInfo: async () => ({ ok: true, value: services.appInfo() }),
    setLocale: async (locale) => {
      setMessageLocale(locale);
      services.onLocaleChange?.(locale);
      return { ok: true, value: { locale } };
    },
    getStorageStatus: async () => ({ ok: true, value: renderStorageStatus(services.storageStatus) }),
    listAccounts: async () => ({ ok: true, value: services.accounts.list() }),
    getAccount: async (id) => services.accounts.get(id),
    saveAccount: (request) => services.accounts.save(request),
    duplicateAccount: async (id) => services.accounts.duplicate(id),
    deleteAccount: async (id) => services.accounts.delete(id),
    testConnection: (request) => {
      if (running) return running.result;
      const controller = new AbortController();
      const result = startTest(request, controller.signal).finally(() => {
        running = undefined;
      });
      running = { controller, result };
      return result;
    },
    detectSettings: async (request) => {
      const server = request.server.trim();
      return {
        ok: true,
        value: await services.detectSettings({
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
      const { text, ...summary } = await services.transfer.exportText(ids, passphrase);
      try {
        await writeExportFile(target, text);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? String(error);
        return { ok: false, error: { code: 'STORAGE', message: t('export.writeFailed', { path: target, reason }) } };
      }
      return { ok: true, value: { path: target, ...summary } };
    },
    chooseImportFile: async () => importFiles.choose(await services.chooseImportPath()),
    previewImport: async ({ file, ...request }) => {
      const text = importFiles.textOf(file);
      return text.ok ? services.transfer.plan({ ...request, text: text.value }) : text;
    },
    applyImport: async ({ file, ...request }) => {
      const text = importFiles.textOf(file);
      if (!text.ok) return text;
      const applied = await services.transfer.apply({ ...request, text: text.value });
      if (applied.ok) importFiles.forget(file);
      return applied;
    },
    testAccounts: ({ ids, concurrency }) => tester.run(ids, concurrency),
    testAccountsProgress: async () => ({ ok: true, value: tester.progress() ?? null }),
    getPortableStatus: async () => ({
      ok: true,
      value: services.portable ? await services.portable.status() : { portable: false },
    }),
    setPortablePassphrase: async ({ passphrase, remember }) =>
      services.portable ? services.portable.setPassphrase(passphrase, remember ?? false) : notPortable(),
    unlockPortable: async ({ passphrase, remember }) =>
      services.portable ? services.portable.unlock(passphrase, remember ?? false) : notPortable(),
    changePortablePassphrase: async ({ oldPassphrase, newPassphrase }) =>
      services.portable ? services.portable.change(oldPassphrase, newPassphrase) : notPortable(),
    forgetPortableKey: async () => (services.portable ? services.portable.forget() : notPortable()),
    cancelTest: async () => {
      // Esc and Cancel stop whatever runs: the single test, or Test all.
      const cancelledAll = tester.cancel();
      running?.controller.abort();
      return { ok: true, value: { cancelled: cancelledAll || running !== undefined } };
    },
  };
}
