import { lookup } from 'node:dns/promises';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { DEFAULT_TEST_TIMEOUT_MS } from '../../shared/connection-test';
import type { DetectionProposal, DetectionReport, ProbeOption, ProbeResult } from '../../shared/detection';
import { IMAP_PORT, IMAPS_PORT } from '../../shared/encryption';
import { message } from '../../shared/i18n/message';
import { serverAddressProblem } from '../../shared/server-address';
import { classifyError, connectionTimeout } from '../connection-test/classify-error';
import { failure } from '../connection-test/failure';
import { lookUpMailDomain, type MailDomainRecords } from './mail-domain-records';
import { domainOfAddress, needsDnsLookup, recognizeMicrosoft365 } from './microsoft-365';
import { probe } from './probe';
import { probeInTurn } from './probe-in-turn';

export interface DetectInput {
  server: string;
  timeoutMs?: number;
  caPem?: string;
  signal?: AbortSignal;
  /** Ports of the probes; Exchange's defaults unless a test server runs elsewhere. */
  ports?: { implicitTls: number; plain: number };
  /** The account's e-mail address: its domain may show Microsoft 365 (by name, MX or autodiscover). */
  emailAddress?: string;
  /** DNS servers for the domain's MX and autodiscover records; the system's when absent (tests use a local one). */
  dnsServers?: readonly string[];
}

const MODERN_TLS = /^TLSv1\.[23]$/;

/** The most secure option that worked: TLS from the first byte, then STARTTLS, then (with a warning) none. */
export function proposeSettings(probes: ProbeResult[]): DetectionProposal | undefined {
  const found = (option: ProbeOption) => probes.find((candidate) => candidate.option === option && candidate.ok);
  const certificateNote = (result: ProbeResult) =>
    result.tls && !result.tls.authorized ? { certificateNote: message('detect.note.untrusted') } : {};
  const implicit = found('ssl');
  if (implicit) {
    const modern = MODERN_TLS.test(implicit.tls?.protocol ?? '');
    return {
      encryption: modern ? 'tls' : 'ssl',
      port: implicit.port,
      reason: message(modern ? 'detect.reason.tls' : 'detect.reason.ssl', { protocol: implicit.tls?.protocol ?? '?' }),
      ...certificateNote(implicit),
    };
  }
  const upgraded = found('starttls');
  if (upgraded)
    return {
      encryption: 'starttls',
      port: upgraded.port,
      reason: message('detect.reason.starttls'),
      ...certificateNote(upgraded),
    };
  const plain = found('none');
  if (plain && !plain.loginDisabled)
    return { encryption: 'none', port: plain.port, reason: message('detect.reason.none') };
  return undefined;
}

/**
 * The report from the probes and what the address's domain said: Microsoft 365 or not, and the
 * password proposal unless the server itself is Exchange Online's, which refuses passwords over IMAP.
 */
export function reportOf(
  input: DetectInput,
  found: { probes: ProbeResult[]; offline: boolean; records: MailDomainRecords | undefined; startedAt: number },
): DetectionReport {
  const microsoft365 = recognizeMicrosoft365({
    server: input.server,
    emailAddress: input.emailAddress,
    records: found.records,
  });
  const atExchangeOnline = microsoft365?.signals.some((signal) => signal.kind === 'serviceHost') ?? false;
  const proposal = atExchangeOnline ? undefined : proposeSettings(found.probes);
  return {
    server: input.server,
    offline: found.offline,
    probes: found.probes,
    ...(proposal ? { proposal } : {}),
    ...(microsoft365 ? { microsoft365 } : {}),
    durationMs: Math.round(performance.now() - found.startedAt),
  };
}

/**
 * `Detect settings`: SSL/993, then STARTTLS/143, then plain/143 probed in turn (CAPABILITY only,
 * never a login; see probeInTurn), so the whole detection takes about as long as the probe that
 * decides it, bounded by the timeout. Meanwhile the address's domain is asked for its MX and
 * autodiscover records, which may show that the mailbox lives in Microsoft 365.
 */
export async function detectSettings(input: DetectInput): Promise<DetectionReport> {
  const startedAt = performance.now();
  const timeoutMs = input.timeoutMs ?? DEFAULT_TEST_TIMEOUT_MS;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const cancel = () => deadline.abort();
  input.signal?.addEventListener('abort', cancel, { once: true });
  try {
    const domain = domainOfAddress(input.emailAddress);
    // Asked alongside the probes, not after them, so they add no time of their own.
    const records =
      domain && needsDnsLookup(domain)
        ? lookUpMailDomain(domain, {
            signal: deadline.signal,
            ...(input.dnsServers ? { dnsServers: input.dnsServers } : {}),
          })
        : undefined;
    const { probes, offline } = await probeServer(input, timeoutMs, deadline.signal);
    return reportOf(input, { probes, offline, records: await records, startedAt });
  } finally {
    clearTimeout(timer);
    input.signal?.removeEventListener('abort', cancel);
  }
}

/** The probes against the server, until `deadline`: each failure as the user reads it. */
async function probeServer(
  input: DetectInput,
  timeoutMs: number,
  deadline: AbortSignal,
): Promise<{ probes: ProbeResult[]; offline: boolean }> {
  const ports = input.ports ?? { implicitTls: IMAPS_PORT, plain: IMAP_PORT };
  const plan: { option: ProbeOption; port: number }[] = [
    { option: 'ssl', port: ports.implicitTls },
    { option: 'starttls', port: ports.plain },
    { option: 'none', port: ports.plain },
  ];
  const everyProbe = (error: ReturnType<typeof failure>): ProbeResult[] =>
    plan.map(({ option, port }) => ({ option, port, ok: false, ms: 0, error }));

  const invalid = serverAddressProblem(input.server);
  if (invalid)
    return {
      offline: false,
      probes: everyProbe(
        failure(
          'INVALID_SETTINGS',
          message('failure.invalid.server', { problem: message(invalid) }),
          message('failure.invalid.hint'),
        ),
      ),
    };

  let address = input.server;
  if (!net.isIP(input.server)) {
    try {
      address = (await lookup(input.server)).address;
    } catch (error) {
      const dnsFailure = classifyError(error, {
        stage: 'dns',
        server: input.server,
        port: ports.implicitTls,
        implicitTls: true,
      });
      const code = (error as { code?: string }).code;
      return { probes: everyProbe(dnsFailure), offline: code === 'EAI_AGAIN' };
    }
  }
  const probes = await probeInTurn(
    plan,
    ({ option, port }, signal) =>
      probe(option, {
        server: input.server,
        address,
        port,
        signal,
        ...(input.caPem ? { caPem: input.caPem } : {}),
      }),
    deadline,
  );
  // A probe cut off by the deadline reports the deadline, not the closed socket it left behind.
  const timedOut = deadline.aborted && !input.signal?.aborted;
  const cancelled = input.signal?.aborted === true;
  return {
    offline: false,
    probes: probes.map((result) =>
      result.ok || !(timedOut || cancelled)
        ? result
        : {
            ...result,
            error: cancelled
              ? failure('CANCELLED', message('failure.cancelled.message'), message('failure.cancelled.hint'))
              : connectionTimeout(
                  { stage: undefined, server: input.server, port: result.port, implicitTls: result.option === 'ssl' },
                  timeoutMs,
                ),
          },
    ),
  };
}
