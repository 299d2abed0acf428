import type { ErrorCode } from './error-codes';
import type { Message } from './i18n/message';

/** The stages of an IMAP connection, in order: the password method's report lists each of them. */
export const IMAP_STAGE_NAMES = ['dns', 'tcp', 'tls', 'greeting', 'starttls', 'auth', 'mailbox', 'logout'] as const;
/** A Microsoft Graph test: the same network stages, then the first authorised request (graph), then the folders. */
export const GRAPH_STAGE_NAMES = ['dns', 'tcp', 'tls', 'graph', 'mailbox'] as const;
/** Every stage a report can show: the Microsoft 365 methods get their token from Entra ID first (issue 16). */
export const STAGE_NAMES = ['token', ...IMAP_STAGE_NAMES, 'graph'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export type StageStatus = 'ok' | 'failed' | 'skipped';

export interface StageResult {
  name: StageName;
  status: StageStatus;
  ms: number;
  /** What the stage found, as data: the window words it in its language when shown, the CLI in English. */
  detail?: Message;
}

/** Why a test failed: the code for scripts, message and hint as data translated where they are shown. */
export interface TestFailure {
  code: ErrorCode;
  message: Message;
  hint: Message;
}

export interface CertificateInfo {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  fingerprint256: string;
  subjectAltNames: string[];
}

export interface TlsInfo {
  protocol: string;
  cipher: string;
  authorized: boolean;
  authorizationError?: string;
  certificate?: CertificateInfo;
  /**
   * How the test decided to trust the certificate, when it did: `authorized` alone cannot tell a
   * pinned self-signed certificate (trusted, but its chain is not) from an untrusted one.
   */
  trustedBy?: TrustedBy;
}

/** The chain (system store, Node's roots, the CA file), the pinned fingerprint, or no check (Validate SSL off). */
export type TrustedBy = 'authority' | 'fingerprint' | 'notValidated';

export const FOLDER_ROLES = ['inbox', 'success', 'failed'] as const;
export type FolderRole = (typeof FOLDER_ROLES)[number];

/** One folder document processing needs: read from (INBOX) or moved to (success, failed). */
export interface FolderCheck {
  role: FolderRole;
  /** The full name as the server lists it (decoded from modified UTF-7). */
  path: string;
  exists: boolean;
  /** EXAMINE succeeded: the folder can be opened, so mail can be moved there. */
  selectable: boolean;
  /** Created by "Create missing folders" during this run. */
  created?: boolean;
  /** The server's answer when the folder could not be opened or created. */
  problem?: string;
}

export const PREVIEW_DAYS = 30;
/** The newest messages read when INBOX holds more: Exchange answers BODYSTRUCTURE slowly, and the test has one deadline. */
export const PREVIEW_MAX_MESSAGES = 1000;

/** INBOX over the last PREVIEW_DAYS days, read from BODYSTRUCTURE only (no message body is downloaded). */
export interface InboxPreview {
  days: number;
  /** Messages received in the window. */
  messages: number;
  /** Of those read, how many carry at least one PDF or XML attachment. */
  withDocuments: number;
  pdf: number;
  xml: number;
  /** How many were read: fewer than `messages` when the window held more than PREVIEW_MAX_MESSAGES, or time ran short. */
  examined: number;
}

/** The most folder names a report keeps: enough to pick from, bounded against a hostile or huge server. */
export const FOLDER_LIST_MAX = 2000;

export interface MailboxSummary {
  /** The server's folders as listed (decoded from modified UTF-7), at most FOLDER_LIST_MAX. */
  folders: string[];
  /** How many more the server listed beyond FOLDER_LIST_MAX. */
  foldersOmitted?: number;
  inbox: { messages: number; unseen: number };
  processingFolders: FolderCheck[];
  preview?: InboxPreview;
  /** Why the preview is missing when the server refused SEARCH or FETCH. */
  previewProblem?: string;
}

/** What an app-only token's claims say (decoded by the client, not verified: Entra ID and the server do that). */
export interface TokenClaims {
  audience: string;
  roles: string[];
  tenantId: string;
  appId: string;
  /** ISO 8601. */
  expiresAt: string;
}

/**
 * The `token` stage's findings for the Microsoft 365 methods (issue 16): who asked whom for which
 * resource, and what the token allows. Never the token itself.
 */
export interface TokenReport {
  /** https://login.microsoftonline.com/<tenant> */
  authority: string;
  tenant: string;
  clientId: string;
  credential: 'secret' | 'certificate';
  /** Hex SHA-256 of the app certificate, as the assertion names it. */
  thumbprintSha256?: string;
  /** Hex SHA-1, as Entra ID's "Certificates & secrets" lists it. */
  thumbprintSha1?: string;
  resource: string;
  /** Every url MSAL requested: only the token endpoint, when all goes well. */
  requested: readonly string[];
  claims?: TokenClaims;
  /** What the admin must still grant (a missing role), shown with the stage; empty when nothing is missing. */
  warnings: Message[];
}

export interface ConnectionTestReport {
  ok: boolean;
  error?: TestFailure;
  stages: StageResult[];
  /** The Microsoft 365 methods: the token stage's findings. */
  token?: TokenReport;
  server?: { greeting: string; capabilities: string[] };
  tls?: TlsInfo;
  mailbox?: MailboxSummary;
  transcript?: string[];
  durationMs: number;
}

export const DEFAULT_TEST_TIMEOUT_MS = 15_000;

/**
 * What a report keeps of what a server says about itself: enough for any real server's banner
 * and capability list; Test all keeps every report, so a hostile server's are not kept whole.
 */
export const REPORT_LIMITS = { greetingChars: 500, capabilities: 200 } as const;
