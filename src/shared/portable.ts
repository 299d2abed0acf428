import { message, type Message } from './i18n/message';
import { PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH } from './transfer';

/**
 * Portable passwords (issue 13): on a stick, passwords are sealed with a key derived from the
 * consultant's passphrase, so they open on every machine. What the window is told about it.
 */
export type PortablePasswordsStatus =
  /** The installed app: passwords are sealed for this computer (safeStorage); there is no passphrase. */
  | { portable: false }
  /** A stick without a passphrase yet: passwords cannot be stored until one is set. */
  | { portable: true; state: 'not-set' }
  /** A passphrase is set but was not entered in this run: accounts list, their passwords are locked. */
  | { portable: true; state: 'locked' }
  /** `remembered`: this computer keeps the key (sealed for it), so the next start unlocks without asking. */
  | { portable: true; state: 'unlocked'; remembered: boolean }
  /** The key file cannot be used; it is left as it is (`problem` says why). */
  | { portable: true; state: 'damaged'; problem: Message };

/** What setting, entering, changing or forgetting the passphrase answers: the new status, and what went only half well. */
export interface PortablePasswordsChange {
  status: PortablePasswordsStatus;
  /** E.g. unlocked, but the key could not be remembered on this computer. */
  notice?: Message;
}

/**
 * The limits of a portable passphrase, counted after NFC normalisation (an é typed as one or as two
 * code points is the same passphrase). Main decides with them; the window checks them first, so the
 * user learns them before waiting for scrypt. `existing`: one already set, only bounded in length.
 */
export function portablePassphraseProblem(passphrase: string, purpose: 'new' | 'existing'): Message | undefined {
  const length = passphrase.normalize('NFC').length;
  if (length > PASSPHRASE_MAX_LENGTH) return message('portable.passphrase.tooLong', { max: PASSPHRASE_MAX_LENGTH });
  if (purpose === 'new' && length < PASSPHRASE_MIN_LENGTH)
    return message('portable.passphrase.tooShort', { min: PASSPHRASE_MIN_LENGTH });
  if (length === 0) return message('portable.passphrase.empty');
  return undefined;
}
