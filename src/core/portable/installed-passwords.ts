import { message } from '../../shared/i18n/message';
import type { PortablePasswordsChange, PortablePasswordsStatus } from '../../shared/portable';
import { failed, type Result } from '../../shared/result';
import type { PortablePasswords } from './portable-passwords';

/** The passphrase use cases the window can call, on a stick or installed. */
export type PassphraseUseCases = Pick<PortablePasswords, 'status' | 'setPassphrase' | 'unlock' | 'change' | 'forget'>;

const notPortable = async (): Promise<Result<PortablePasswordsChange>> =>
  failed('NOT_PORTABLE', message('portable.notPortable'));

/**
 * The installed app seals passwords for this computer and has no portable passphrase: each use
 * case says so, so a caller need not ask first which kind of app it talks to.
 */
export const INSTALLED_PASSWORDS: PassphraseUseCases = {
  status: async (): Promise<PortablePasswordsStatus> => ({ portable: false }),
  setPassphrase: notPortable,
  unlock: notPortable,
  change: notPortable,
  forget: notPortable,
};
