import { createIpcHandlers } from '../../src/main/ipc/handlers';
import type { AppEvent } from '../../src/shared/app-events';
import type { EvidenceKind } from '../../src/main/evidence-files';
import { openAccountsFile } from '../../src/core/accounts/accounts-file';
import { collectAppInfo } from '../../src/core/app-info';
import { createCore } from '../../src/core/create-core';
import { detectSettings, type DetectInput } from '../../src/core/detect/detect-settings';
import type { Cipher } from '../../src/core/ports';
import type { PortablePasswordsOptions } from '../../src/core/portable/portable-passwords';
import { createAesTestCipher } from './aes-test-cipher';

/**
 * The app's core and IPC handlers from the same createCore as src/main/index.ts, over conf in
 * `directory`, a real AES cipher and the real connection test; only the dialogs and the clipboard
 * are answers a test sets and reads.
 */
export function createTestServices(
  directory: string,
  detectPorts?: DetectInput['ports'],
  portable?: { machineFolder: string; machineCipher?: Cipher; cost?: PortablePasswordsOptions['cost'] },
) {
  // Where "Export" saves: the save dialog's answer, which a test sets (undefined = cancelled).
  const exportTarget: { path: string | undefined } = { path: undefined };
  // Which file "Import" opens: the open dialog's answer, which a test sets (undefined = cancelled).
  const importSource: { path: string | undefined } = { path: undefined };
  // Which app certificate "Choose certificate…" opens: the open dialog's answer (undefined = cancelled).
  const certificateSource: { path: string | undefined } = { path: undefined };
  // Where "Save diagnostics…" and "Handover report…" save (undefined = cancelled), and each dialog asked for.
  const evidenceTarget: { path: string | undefined } = { path: undefined };
  const evidenceDialogs: { kind: EvidenceKind; suggestedName: string }[] = [];
  const storage = openAccountsFile(directory);
  const core = createCore({
    storage,
    machineCipher: portable?.machineCipher ?? createAesTestCipher(),
    application: 'Mailbox Connect 0.0.0-test',
    // The app probes 993 and 143; the tests' Dovecot listens elsewhere.
    detectSettings: (input) => detectSettings({ ...input, ...(detectPorts ? { ports: detectPorts } : {}) }),
    ...(portable
      ? {
          portable: {
            dataFolder: directory,
            machineFolder: portable.machineFolder,
            ...(portable.cost ? { cost: portable.cost } : {}),
          },
        }
      : {}),
  });
  const clipboard: string[] = [];
  // What main pushed to the window, in order: a test reads it, or listens (bindApi relays it to a page).
  const events: AppEvent[] = [];
  const eventListeners = new Set<(event: AppEvent) => void>();
  const handlers = createIpcHandlers({
    core,
    storageStatus: storage.status,
    appInfo: () => collectAppInfo('0.0.0-test'),
    writeClipboard: (text) => void clipboard.push(text),
    chooseExportPath: async () => exportTarget.path,
    chooseImportPath: async () => importSource.path,
    chooseClientCertificatePath: async () => certificateSource.path,
    chooseEvidencePath: async (kind, suggestedName) => {
      evidenceDialogs.push({ kind, suggestedName });
      return evidenceTarget.path;
    },
    emit: (event) => {
      events.push(event);
      for (const listener of eventListeners) listener(event);
    },
  });
  const onAppEvent = (listener: (event: AppEvent) => void): (() => void) => {
    eventListeners.add(listener);
    return () => eventListeners.delete(listener);
  };
  const { accounts, transfer, started } = core;
  return {
    storage,
    core,
    accounts,
    handlers,
    clipboard,
    transfer,
    exportTarget,
    importSource,
    certificateSource,
    evidenceTarget,
    evidenceDialogs,
    started,
    events,
    onAppEvent,
  };
}
