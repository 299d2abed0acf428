import { createHash, X509Certificate } from 'node:crypto';
import type { AccountSettings } from '../../shared/account';
import {
  IMPORT_COMPARED_FIELDS,
  type ImportComparedField,
  type ImportDifference,
  type ImportValue,
  type ReviewFlag,
} from '../../shared/transfer';
import type { StoredAccount } from '../accounts/stored-account';
import { bindingOf, caPemContent } from '../secrets';

type Compared = Pick<AccountSettings, ImportComparedField> & Partial<Pick<StoredAccount, 'reviewFlags'>>;

/**
 * A CA file in a plan: the first certificate's common name and a hash of the whole file, enough
 * to see that it changed and which CA it is, without copying 64 KiB of PEM into every plan.
 */
function caSummary(pem: string): string {
  const digest = createHash('sha256').update(pem).digest('hex').slice(0, 16);
  let name = 'PEM';
  try {
    const subject = new X509Certificate(pem).subject;
    name = /^CN=(.*)$/m.exec(subject)?.[1] ?? subject.replace(/\n/g, ', ');
  } catch {
    // Not parseable here (the account schema only asks for a BEGIN CERTIFICATE block): the hash still tells files apart.
  }
  return `${name} (SHA-256 ${digest}…)`;
}

function shown(field: ImportComparedField, settings: Compared): ImportValue {
  if (field === 'caCertificatePem') {
    const pem = caPemContent(settings.caCertificatePem);
    return pem ? caSummary(pem) : null;
  }
  return settings[field] ?? null;
}

function same(field: ImportComparedField, before: Compared, after: Compared): boolean {
  // Host names are compared as DNS does, CA files by content; everything else exactly.
  if (field === 'server') return before.server.toLowerCase() === after.server.toLowerCase();
  if (field === 'caCertificatePem')
    return caPemContent(before.caCertificatePem) === caPemContent(after.caCertificatePem);
  return (before[field] ?? null) === (after[field] ?? null);
}

/** Each setting an import changes on an account it replaces, old → new, the destination first. */
export function differencesOf(before: Compared, after: Compared): ImportDifference[] {
  return IMPORT_COMPARED_FIELDS.filter((field) => !same(field, before, after)).map((field) => ({
    field,
    from: shown(field, before),
    to: shown(field, after),
  }));
}

/**
 * Whether the password stored for `before` would go somewhere else with `after`: decided by the
 * same binding that decides whether a stored password is used, so the plan says what will happen.
 */
export function destinationChanged(before: StoredAccount, after: AccountSettings): boolean {
  return bindingOf(before) !== bindingOf(after);
}

/**
 * A pinned certificate or a CA file makes the app believe a server: one that is new here, changed,
 * or still waiting for review is flagged, as unencrypted settings are. Removing one is not flagged:
 * the certificate is then checked against the computer's trusted CAs again.
 */
export function trustReviewFlags(after: AccountSettings, before: Compared | undefined): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const pending = (flag: ReviewFlag) => before?.reviewFlags?.includes(flag) === true;
  if (
    after.trustedFingerprint &&
    (before?.trustedFingerprint !== after.trustedFingerprint || pending('trustedFingerprint'))
  )
    flags.push('trustedFingerprint');
  const ca = caPemContent(after.caCertificatePem);
  if (ca && (caPemContent(before?.caCertificatePem) !== ca || pending('caCertificate'))) flags.push('caCertificate');
  return flags;
}
