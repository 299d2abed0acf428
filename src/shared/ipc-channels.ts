/**
 * The names of the functions the preload exposes. Kept apart from the schemas so that the
 * sandboxed preload bundles a list of strings, not zod.
 */
export const API_METHODS = [
  'getAppInfo',
  'setLocale',
  'getStorageStatus',
  'listAccounts',
  'getAccount',
  'saveAccount',
  'duplicateAccount',
  'deleteAccount',
  'restoreAccount',
  'testConnection',
  'detectSettings',
  'cancelTest',
  'copyText',
  'exportAccounts',
  'chooseImportFile',
  'chooseClientCertificate',
  'openClientCertificate',
  'previewImport',
  'applyImport',
  'saveDiagnostics',
  'saveHandover',
  'testAccounts',
  'getPortableStatus',
  'setPortablePassphrase',
  'unlockPortable',
  'changePortablePassphrase',
  'forgetPortableKey',
  'setCommandStates',
] as const;
export type ApiMethod = (typeof API_METHODS)[number];

export const CHANNEL_PREFIX = 'mailbox-connect:';

export function channelOf(method: ApiMethod): string {
  return `${CHANNEL_PREFIX}${method}`;
}
