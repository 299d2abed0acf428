import { usesAppRegistration } from '../../shared/account';
import type { ConnectionTestReport } from '../../shared/connection-test';
import { appCredentialOf } from '../accounts/account-secret';
import { readClientCertificate } from '../oauth/client-certificate';
import { credentialMask } from '../oauth/credential-mask';
import type { MethodTestInput } from './run-method-test';
import { withoutSecrets } from './without-password';

/**
 * The forms of the private key besides the text given: MSAL signs with the PKCS#8 re-encoding
 * readClientCertificate makes, so a library's error could quote that one instead.
 */
function reencodedKeys(input: MethodTestInput): string[] {
  const credential = appCredentialOf(input.settings, input.secret);
  if (credential.kind !== 'certificate') return [];
  const read = readClientCertificate(credential);
  if (!read.ok) return [];
  const pkcs8 = read.certificate.privateKey.trim();
  return [pkcs8, ...pkcs8.split(/\r?\n/).filter((line) => !line.startsWith('-----'))];
}

/**
 * The report without the account's secret in any string it holds: a password (and its base64), or
 * for the Microsoft 365 methods the client secret or every form of the private key (as given, each
 * base64 line of it, re-encoded, URL- and form-encoded: credential-mask.ts). The last check before
 * a report is kept, recorded, returned to the window, printed by the CLI or written to a file.
 */
export function withoutAccountSecret(report: ConnectionTestReport, input: MethodTestInput): ConnectionTestReport {
  const masked = withoutSecrets(report, [input.secret]);
  if (!usesAppRegistration(input.settings.method)) return masked;
  const mask = credentialMask(appCredentialOf(input.settings, input.secret), reencodedKeys(input));
  return JSON.parse(JSON.stringify(masked), (_key, value: unknown) =>
    typeof value === 'string' ? mask.text(value) : value,
  ) as ConnectionTestReport;
}

/** A method test as every use case runs it: its report never holds the secret it was given. */
export function secretMasking(
  run: (input: MethodTestInput) => Promise<ConnectionTestReport>,
): (input: MethodTestInput) => Promise<ConnectionTestReport> {
  return async (input) => withoutAccountSecret(await run(input), input);
}
