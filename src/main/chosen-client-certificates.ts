import { randomUUID } from 'node:crypto';
import { X509Certificate } from 'node:crypto';
import path from 'node:path';
import { readClientCertificate } from '../core/oauth/client-certificate';
import { isPemText, pfxToPem } from '../core/oauth/pfx-to-pem';
import { readBoundedBytes } from '../core/read-bounded-file';
import { message, type Message } from '../shared/i18n/message';
import type { ChosenClientCertificate, ClientCertificatePasswordNeeded } from '../shared/ipc';
import { failed, succeeded, type Result } from '../shared/result';

/** A PEM or PFX with a private key and its certificate (and maybe a chain) is a few KiB; anything larger is the wrong file. */
export const CLIENT_CERTIFICATE_MAX_BYTES = 64 * 1024;

/**
 * The app certificate main opened for the window (issue 16). Main reads the file, not the renderer:
 * it holds the app's private key, which must never reach the page. The window gets a token and the
 * certificate's public facts; the save or test handler trades the token for the PEM. A PFX is
 * converted to that PEM here; one that needs a password waits (as bytes, never as a key) for
 * `open(password)`, and the password is used once and not kept. Only the latest choice is kept, and
 * any new choice (even a cancelled or refused one) lets go of the previous key, as ChosenImportFiles
 * does for import files.
 */
export class ChosenClientCertificates {
  private chosen: { token: string; pem: string } | undefined;
  private lockedPfx: { name: string; content: Buffer } | undefined;

  async choose(
    filePath: string | undefined,
  ): Promise<Result<ChosenClientCertificate | ClientCertificatePasswordNeeded | null>> {
    this.chosen = undefined;
    this.lockedPfx = undefined;
    if (filePath === undefined) return succeeded(null);
    const name = path.basename(filePath);
    let content: Buffer;
    try {
      const read = await readBoundedBytes(filePath, CLIENT_CERTIFICATE_MAX_BYTES);
      if (!read.ok)
        return failure(
          message('certificateFile.tooLarge', {
            size: Math.ceil(read.bytes / 1024),
            max: CLIENT_CERTIFICATE_MAX_BYTES / 1024,
          }),
        );
      content = read.content;
    } catch (error) {
      return failure(
        message('certificateFile.unreadable', { file: name, code: (error as NodeJS.ErrnoException).code ?? 'error' }),
      );
    }
    // By content, not by name: a .pem may be a PFX and a .cer may be PEM text.
    if (isPemText(content)) return this.keep(name, content.toString('utf8'));
    const converted = pfxToPem(content);
    if (converted.ok) return this.keep(name, converted.pem);
    if (converted.reason !== 'password-needed') return failure(converted.problem);
    this.lockedPfx = { name, content };
    return succeeded({ passwordNeeded: true, name });
  }

  /**
   * Opens the PFX the last choice left waiting for its password. A wrong password keeps it waiting,
   * for another try; anything else lets go of it.
   */
  open(password: string): Result<ChosenClientCertificate> {
    const locked = this.lockedPfx;
    if (!locked) return failure(message('certificateFile.chooseAgain'));
    if (password === '') return failed('PASSPHRASE_REQUIRED', message('form.certificate.pfxPasswordEmpty'));
    const converted = pfxToPem(locked.content, password);
    if (!converted.ok) {
      if (converted.reason === 'password-wrong') return failed('WRONG_PASSPHRASE', converted.problem);
      this.lockedPfx = undefined;
      return failure(converted.problem);
    }
    this.lockedPfx = undefined;
    return this.keep(locked.name, converted.pem);
  }

  private keep(name: string, pem: string): Result<ChosenClientCertificate> {
    const read = readClientCertificate({ kind: 'certificate', pem });
    if (!read.ok) return failure(read.problem);
    // The leaf the key belongs to, as the core found it: its subject and expiry are for the admin to compare.
    const leaf = new X509Certificate(read.certificate.x5c);
    this.chosen = { token: randomUUID(), pem };
    return succeeded({
      file: this.chosen.token,
      name,
      thumbprintSha1: read.certificate.thumbprintSha1,
      subject: leaf.subject.replaceAll('\n', ', '),
      notAfter: new Date(leaf.validTo).toISOString(),
    });
  }

  /** The PEM behind `token`, or the message that it must be chosen again. */
  pemOf(token: string): Result<string> {
    if (this.chosen?.token !== token) return failure(message('certificateFile.chooseAgain'));
    return succeeded(this.chosen.pem);
  }

  /** Once sealed with the account, the key is not kept in memory. */
  forget(token: string): void {
    if (this.chosen?.token === token) this.chosen = undefined;
  }
}

function failure(reason: Message) {
  return failed('INVALID_FILE', reason);
}
