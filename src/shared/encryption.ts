/** The encryption options of DESIGN.md §2, in the order the form offers them. */
export const ENCRYPTIONS = ['ssl', 'tls', 'starttls', 'none', 'notls'] as const;
export type Encryption = (typeof ENCRYPTIONS)[number];

export const IMAPS_PORT = 993;
export const IMAP_PORT = 143;

export interface EncryptionInfo {
  label: string;
  /** One line on what happens on the wire, shown under the field. */
  description: string;
  defaultPort: number;
  /** True when the TLS decision protects the credentials. */
  encrypted: boolean;
}

export const ENCRYPTION_INFO: Record<Encryption, EncryptionInfo> = {
  ssl: {
    label: 'SSL',
    description: 'TLS from the first byte; also accepts legacy TLS 1.0/1.1 servers.',
    defaultPort: IMAPS_PORT,
    encrypted: true,
  },
  tls: {
    label: 'TLS',
    description: 'TLS from the first byte; TLS 1.2 or newer only.',
    defaultPort: IMAPS_PORT,
    encrypted: true,
  },
  starttls: {
    label: 'STARTTLS',
    description: 'Plain connect, then a mandatory upgrade to TLS before login; fails if the server does not offer it.',
    defaultPort: IMAP_PORT,
    encrypted: true,
  },
  none: {
    label: 'None',
    description: 'Never encrypted: user name and password travel in clear text.',
    defaultPort: IMAP_PORT,
    encrypted: false,
  },
  notls: {
    label: 'No TLS',
    description: 'Never encrypted and never upgraded, even when the server offers STARTTLS.',
    defaultPort: IMAP_PORT,
    encrypted: false,
  },
};

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
