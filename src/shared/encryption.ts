/** The encryption options of DESIGN.md §2, in the order the form offers them. */
export const ENCRYPTIONS = ['ssl', 'tls', 'starttls', 'none', 'notls'] as const;
export type Encryption = (typeof ENCRYPTIONS)[number];

export const IMAPS_PORT = 993;
export const IMAP_PORT = 143;

export interface EncryptionInfo {
  defaultPort: number;
  /** True when the TLS decision protects the credentials. */
  encrypted: boolean;
}

export const ENCRYPTION_INFO: Record<Encryption, EncryptionInfo> = {
  ssl: {
    defaultPort: IMAPS_PORT,
    encrypted: true,
  },
  tls: {
    defaultPort: IMAPS_PORT,
    encrypted: true,
  },
  starttls: {
    defaultPort: IMAP_PORT,
    encrypted: true,
  },
  none: {
    defaultPort: IMAP_PORT,
    encrypted: false,
  },
  notls: {
    defaultPort: IMAP_PORT,
    encrypted: false,
  },
};

/**
 * The one rule for a password over an option that is never encrypted (None, No TLS): it leaves
 * only with the user's explicit consent (the form's acknowledgement, the CLI's flag).
 */
export function plaintextConsentMissing(encryption: Encryption, consented: boolean | undefined): boolean {
  return !ENCRYPTION_INFO[encryption].encrypted && consented !== true;
}

export function defaultPortFor(encryption: Encryption): number {
  return ENCRYPTION_INFO[encryption].defaultPort;
}

export function isEncrypted(encryption: Encryption): boolean {
  return ENCRYPTION_INFO[encryption].encrypted;
}

/** The port follows the option while the user has not chosen a port of their own. */
export function portAfterEncryptionChange(
  previous: Encryption,
  next: Encryption,
  port: number | undefined,
): number | undefined {
  const isDefault = port === undefined || port === defaultPortFor(previous);
  return isDefault ? defaultPortFor(next) : port;
}
