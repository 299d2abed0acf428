import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The PFX password the tests use: long enough for the credential mask, unlike any word of a report. */
export const PFX_PASSWORD = 'Pfx-Passwort-4711!';

export interface PfxFiles {
  /** AES-256-CBC with PBKDF2 and a SHA-256 MAC: what OpenSSL 3, Windows 10+ and Azure Key Vault write. */
  aes: string;
  /** 3DES with a SHA-1 MAC: what older Windows and OpenSSL 1.x wrote. */
  tripleDes: string;
  /** An empty password, as "Export without password" and `-passout pass:` write it. */
  withoutPassword: string;
  /**
   * RC2-40 certificates, 3DES key, SHA-1 MAC (`-legacy`): what Windows Server 2012 and OpenSSL 1.0 wrote.
   * Undefined where OpenSSL has no legacy provider to write it.
   */
  legacyRc2: string | undefined;
  /** The certificate without its key (`-nokeys`). */
  certificateOnly: string;
}

function exportPfx(target: string, args: readonly string[]): string {
  execFileSync('openssl', ['pkcs12', '-export', '-out', target, ...args], { stdio: 'pipe' });
  return target;
}

function exportLegacy(target: string, args: readonly string[]): string | undefined {
  try {
    return exportPfx(target, ['-legacy', ...args]);
  } catch {
    return undefined;
  }
}

/** PFX files of a certificate and its key, made with `openssl pkcs12 -export` as an admin would. */
export function createPfxFiles(directory: string, certificateFile: string, keyFile: string): PfxFiles {
  const withKey = ['-in', certificateFile, '-inkey', keyFile];
  const password = `pass:${PFX_PASSWORD}`;
  return {
    aes: exportPfx(path.join(directory, 'app-aes.pfx'), [...withKey, '-passout', password]),
    tripleDes: exportPfx(path.join(directory, 'app-3des.p12'), [
      ...withKey,
      '-passout',
      password,
      '-certpbe',
      'PBE-SHA1-3DES',
      '-keypbe',
      'PBE-SHA1-3DES',
      '-macalg',
      'sha1',
    ]),
    legacyRc2: exportLegacy(path.join(directory, 'app-legacy.pfx'), [...withKey, '-passout', password]),
    withoutPassword: exportPfx(path.join(directory, 'app-open.pfx'), [...withKey, '-passout', 'pass:']),
    certificateOnly: exportPfx(path.join(directory, 'app-nokey.pfx'), [
      '-in',
      certificateFile,
      '-nokeys',
      '-passout',
      password,
    ]),
  };
}
