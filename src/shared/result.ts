import type { FieldErrors } from './account';
import { message, type Message } from './i18n/message';

/**
 * What a use case of the core can answer when it does not do what was asked. The core's own codes:
 * the transport (IPC) adds its codes for what never reaches a use case (a malformed argument, a sender
 * that is not the app window), see IPC_TRANSPORT_ERROR_CODES.
 */
export const CORE_ERROR_CODES = [
  /** The settings or a field are wrong: `fieldErrors` puts each message at its field. */
  'VALIDATION',
  'NOT_FOUND',
  /** The accounts file, the key file or an export could not be read or written. */
  'STORAGE',
  /** The same operation already runs (Test all); try again when it has finished. */
  'BUSY',
  /** A portable passphrase is set already (so it can only be changed). */
  'ALREADY_SET',
  /** No portable passphrase is set yet (so none can be entered or changed). */
  'NOT_SET',
  'INVALID_FILE',
  'PASSPHRASE_REQUIRED',
  'WRONG_PASSPHRASE',
  /** Portable mode: a stored password is needed, but the passphrase was not entered in this run. */
  'PASSWORDS_LOCKED',
  /** A portable-passphrase use case called in the installed app. */
  'NOT_PORTABLE',
] as const;
export type CoreErrorCode = (typeof CORE_ERROR_CODES)[number];

export interface CoreError<Code extends string = CoreErrorCode> {
  code: Code;
  /** What to tell the user, as a message key and its parameters: translated where it is shown. */
  message: Message;
  fieldErrors?: FieldErrors;
  /** Every problem found in an import file, so it can be fixed in one go. */
  problems?: Message[];
}

/** Expected failures travel as values, so a caller cannot forget that they happen. */
export type Result<T, Code extends string = CoreErrorCode> =
  { ok: true; value: T } | { ok: false; error: CoreError<Code> };

export function succeeded<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function failed<Code extends string = CoreErrorCode>(
  code: Code,
  reason: Message,
  extra: Omit<CoreError<Code>, 'code' | 'message'> = {},
): { ok: false; error: CoreError<Code> } {
  return { ok: false, error: { code, message: reason, ...extra } };
}

/** A failure that puts each message next to its field. */
export function validationFailure(
  fieldErrors: FieldErrors,
  summary: Message = message('validation.summary'),
): { ok: false; error: CoreError } {
  return failed('VALIDATION', summary, { fieldErrors });
}

export function accountNotFound(id: string): { ok: false; error: CoreError } {
  return failed('NOT_FOUND', message('accounts.notFound', { id }));
}
