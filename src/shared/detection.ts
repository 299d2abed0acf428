import type { Message } from './i18n/message';
import type { AppRegistrationMethod, ConnectionMethod } from './account-defaults';
import type { TestFailure, TlsInfo } from './connection-test';
import type { Encryption } from './encryption';
import type { MicrosoftCloudName } from './microsoft-clouds';

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
  /**
   * Set on a Microsoft 365 offer only: the method and the cloud's hosts that go into the form with
   * port and encryption (server: the IMAP or Graph host; authorityHost: the cloud's sign-in host).
   * A proposal from the probes leaves them unset: the method and server stay as they are.
   */
  method?: ConnectionMethod;
  server?: string;
  authorityHost?: string;
}

/**
 * Why detect thinks the mailbox is in Microsoft 365, each with the value that showed it: the
 * address's domain (contoso.onmicrosoft.com), the server (outlook.office365.com), the domain's
 * MX host (contoso-com.mail.protection.outlook.com) or its autodiscover alias (autodiscover.outlook.com).
 */
export const MICROSOFT_365_SIGNALS = ['tenantDomain', 'serviceHost', 'mx', 'autodiscover'] as const;
export type Microsoft365SignalKind = (typeof MICROSOFT_365_SIGNALS)[number];
export interface Microsoft365Signal {
  kind: Microsoft365SignalKind;
  value: string;
}

/** A Microsoft 365 method with the cloud's hosts: a proposal that also sets method, server and sign-in host. */
export type Microsoft365Offer = DetectionProposal & {
  method: AppRegistrationMethod;
  server: string;
  authorityHost: string;
};

/**
 * "This looks like Microsoft 365": Exchange Online has switched password logins over IMAP off, so
 * the offers are the app-only methods (IMAP with OAuth 2.0, Microsoft Graph) with the cloud's hosts.
 */
export interface Microsoft365Detection {
  cloud: MicrosoftCloudName;
  signals: Microsoft365Signal[];
  /** One per Microsoft 365 method, IMAP with OAuth 2.0 first; each sets method, server and authorityHost. */
  offers: Microsoft365Offer[];
}

export interface DetectionReport {
  server: string;
  /** No DNS server answered: this computer seems to be offline or outside the company network. */
  offline: boolean;
  probes: ProbeResult[];
  /**
   * The password-IMAP proposal from the probes. Absent when nothing worked, and when the server
   * itself is Exchange Online's, where a password login is switched off whatever the probes say.
   */
  proposal?: DetectionProposal;
  /** Set when the address, the server or the domain's DNS points at Microsoft 365 (a hybrid domain keeps its proposal). */
  microsoft365?: Microsoft365Detection;
  durationMs: number;
}

/** The settings that taking a proposal or an offer changes, as the account stores them. */
export interface DetectedSettings {
  encryption: Encryption;
  port: number;
  method?: ConnectionMethod;
  server?: string;
  authorityHost?: string;
}

/**
 * What "Use these settings" writes into the form: encryption and port always; method, server and
 * sign-in host for a Microsoft 365 offer. One function, so the window and any other caller cannot
 * take the port of an offer without its host.
 */
export function detectedSettingsOf(proposal: DetectionProposal): DetectedSettings {
  return {
    encryption: proposal.encryption,
    port: proposal.port,
    ...(proposal.method ? { method: proposal.method } : {}),
    ...(proposal.server ? { server: proposal.server } : {}),
    ...(proposal.authorityHost ? { authorityHost: proposal.authorityHost } : {}),
  };
}
