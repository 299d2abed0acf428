import type { ErrorCode } from './error-codes';

export const STAGE_NAMES = ['dns', 'tcp', 'tls', 'greeting', 'starttls', 'auth', 'mailbox', 'logout'] as const;
export type StageName = (typeof STAGE_NAMES)[number];
export type StageStatus = 'ok' | 'failed' | 'skipped';

export interface StageResult {
  name: StageName;
  status: StageStatus;
  ms: number;
  detail?: string;
}

export interface TestFailure {
  code: ErrorCode;
  message: string;
  hint: string;
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
}

export interface ConnectionTestReport {
  ok: boolean;
  error?: TestFailure;
  stages: StageResult[];
  server?: { greeting: string; capabilities: string[] };
  tls?: TlsInfo;
  mailbox?: { folders: string[]; inbox: { messages: number; unseen: number } };
  transcript?: string[];
  durationMs: number;
}

export const DEFAULT_TEST_TIMEOUT_MS = 15_000;
