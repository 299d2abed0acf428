import type { Message } from './i18n/message';
import type { TestFailure, TlsInfo } from './connection-test';
import type { Encryption } from './encryption';

export const PROBE_OPTIONS = ['ssl', 'starttls', 'none'] as const;
export type ProbeOption = (typeof PROBE_OPTIONS)[number];

/** What one probe found: CAPABILITY only, never a login. */
export interface ProbeResult {
  option: ProbeOption;
  port: number;
  ok: boolean;
  ms: number;
  error?: TestFailure;
  greeting?: string;
  capabilities?: string[];
  authMechanisms?: string[];
  starttlsOffered?: boolean;
  loginDisabled?: boolean;
  tls?: TlsInfo;
}

export interface DetectionProposal {
  encryption: Encryption;
  port: number;
  reason: Message;
  /** Set when the certificate is not trusted yet: trust it by fingerprint after the first test. */
  certificateNote?: Message;
}

export interface DetectionReport {
  server: string;
  /** No DNS server answered: this computer seems to be offline or outside the company network. */
  offline: boolean;
  probes: ProbeResult[];
  proposal?: DetectionProposal;
  durationMs: number;
}
