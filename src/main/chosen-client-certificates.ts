import { randomUUID } from 'node:crypto';
import { X509Certificate } from 'node:crypto';
import path from 'node:path';
import { readClientCertificate } from '../core/oauth/client-certificate';
import { readBoundedText } from '../core/read-bounded-file';
import { message, type Message } from '../shared/i18n/message';
import type { ChosenClientCertificate } from '../shared/ipc';
import { failed, succeeded, type Result } from '../shared/result';

/** A PEM with a private key and its certificate (and maybe a chain) is a few KiB; anything larger is the wrong file. */
export const CLIENT_CERTIFICATE_MAX_BYTES = 64 * 1024;

/** PKCS#12 files: the core cannot open them, so the admin is told how to convert instead of "no key found". */
const PFX_EXTENSIONS = new Set(['.pfx', '.p12']);

/**
 * The app certificate main opened for the window (issue 16). Main reads the file, not the renderer:
 * the PEM holds the app's private key, which must never reach the page. The window gets a token and
 * the certificate's public facts; the save or test handler trades the token for the PEM. Only the
 * latest choice is kept, and any new choice (even a cancelled or refused one) lets go of the
 * previous key, as ChosenImportFiles does for import files.
 */
export class ChosenClientCertificates {
  private chosen: { token: string; pem: string } | undefined;

  async choose(filePath: string | undefined): Promise<Result<ChosenClientCertificate | null>> {
    this.chosen = undefined;
    if (filePath === undefined) return succeeded(null);
    const name = path.basename(filePath);
    if (PFX_EXTENSIONS.has(path.extname(filePath).toLowerCase()))
      return failure(message('oauth.invalid.pfxUnsupported'));
    let pem: string;
    try {
      const read = await readBoundedText(filePath, CLIENT_CERTIFICATE_MAX_BYTES);
      if (!read.ok)
        return failure(
          message('certificateFile.tooLarge', {
            size: Math.ceil(read.bytes / 1024),
            max: CLIENT_CERTIFICATE_MAX_BYTES / 1024,
          }),
        );
      pem = read.text;
    } catch (error) {
      return failure(
        message('certificateFile.unreadable', { file: name, code: (error as NodeJS.ErrnoException).code ?? 'error' }),
      );
    }
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
