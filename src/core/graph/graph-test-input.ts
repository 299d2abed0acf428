import type { ProcessingFolderNames } from '../../shared/account';
import type { StageName, TestFailure } from '../../shared/connection-test';
import { message, type Message } from '../../shared/i18n/message';
import { failure } from '../connection-test/failure';
import { trustAndTimeoutProblem } from '../connection-test/invalid-settings';
import { graphEndpointOf, type GraphEndpoint } from './graph-endpoint';

export interface GraphTestInput {
  /** An app-only access token for Graph, already acquired (MSAL, client credentials). Never shown. */
  accessToken: string;
  /** The mailbox to read: its primary SMTP address or user principal name. */
  mailbox: string;
  /** https://graph.microsoft.com unless the account is in a sovereign cloud (or a test points elsewhere). */
  baseUrl?: string;
  /** The resource the token must be issued for; the base URL's origin unless told otherwise. */
  resource?: string;
  /** The app's client ID and service principal object ID, for the hints' PowerShell when the token lacks them. */
  clientId?: string;
  servicePrincipalId?: string;
  /** The account's CA file (an inspecting proxy's CA), on top of the system store and Node's roots. */
  caPem?: string;
  /** "Validate SSL" off: any certificate is accepted (shown as insecure), as the IMAP test does. */
  validateSsl?: boolean;
  /** "Trust this certificate": the SHA-256 fingerprint accepted whatever the chain says (an inspecting proxy's). */
  pinnedSha256?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  processingFolders?: ProcessingFolderNames;
  /** "Create missing folders": the user confirmed that missing processing folders are created. */
  createMissingFolders?: boolean;
  onStage?: (stage: StageName) => void;
  localAddress?: string;
}

function invalid(problem: Message): { failure: TestFailure } {
  return { failure: failure('INVALID_SETTINGS', problem, message('failure.invalid.hint')) };
}

// A token is base64url segments and dots: anything else (a line break) could split the request's header.
const TOKEN_SHAPE = /^[A-Za-z0-9._~+/=-]+$/;

/** The endpoint to test, or why the input cannot be tested: before any socket opens. */
export function checkGraphInput(
  input: GraphTestInput,
  defaultBaseUrl: string,
): { endpoint: GraphEndpoint } | { failure: TestFailure } {
  const baseUrl = input.baseUrl ?? defaultBaseUrl;
  const endpoint = graphEndpointOf(baseUrl);
  if (!endpoint) return invalid(message('graph.invalid.baseUrl', { url: baseUrl.slice(0, 200) }));
  if (input.mailbox.trim() === '' || /[\s\0]/.test(input.mailbox)) return invalid(message('graph.invalid.mailbox'));
  if (!TOKEN_SHAPE.test(input.accessToken)) return invalid(message('graph.invalid.token'));
  const problem = trustAndTimeoutProblem(input);
  return problem ? invalid(problem) : { endpoint };
}
