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
  /** The key file cannot be used; it is left as it is (`problem` says why, in the current language). */
  | { portable: true; state: 'damaged'; problem: string };

/** What setting, entering, changing or forgetting the passphrase answers: the new status, and what went only half well. */
export interface PortablePasswordsChange {
  status: PortablePasswordsStatus;
  /** E.g. unlocked, but the key could not be remembered on this computer. */
  notice?: string;
}
