import type { SaveAccountRequest, TestConnectionRequest } from '../../shared/ipc';
import { validationFailure, type CoreError } from '../../shared/result';
import type { ChosenClientCertificates } from '../chosen-client-certificates';

type WithoutToken<R> = Omit<R, 'clientCertificateFile'>;
type Traded<R> = { ok: true; request: WithoutToken<R> } | { ok: false; error: CoreError };

/**
 * A save or test that names a chosen certificate: the token is traded for the PEM, which the core
 * takes as the account's secret (`password`), exactly as a typed client secret. The window never
 * had the PEM; a token that is no longer held asks for the file again, at the credential field.
 */
export function withCertificateSecret<R extends SaveAccountRequest | TestConnectionRequest>(
  request: R,
  certificates: ChosenClientCertificates,
): Traded<R> {
  const { clientCertificateFile, ...rest } = request;
  if (clientCertificateFile === undefined) return { ok: true, request: rest };
  const pem = certificates.pemOf(clientCertificateFile);
  if (!pem.ok) return validationFailure({ clientCredential: pem.error.message }, pem.error.message);
  return { ok: true, request: { ...rest, password: pem.value } };
}
