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
import { probe } from './probe';
import { probeInTurn } from './probe-in-turn';

export interface DetectInput {
  server: string;
  timeoutMs?: number;
  caPem?: string;
  signal?: AbortSignal;
  /** Ports of the probes; Exchange's defaults unless a test server runs elsewhere. */
  ports?: { implicitTls: number; plain: number };
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
 * `Detect settings`: SSL/993, then STARTTLS/143, then plain/143 probed in turn (CAPABILITY only,
 * never a login; see probeInTurn), so the whole detection takes about as long as the probe that
 * decides it, bounded by the timeout.
 */
export async function detectSettings(input: DetectInput): Promise<DetectionReport> {
  const startedAt = performance.now();
  const timeoutMs = input.timeoutMs ?? DEFAULT_TEST_TIMEOUT_MS;
  const ports = input.ports ?? { implicitTls: IMAPS_PORT, plain: IMAP_PORT };
  const plan: { option: ProbeOption; port: number }[] = [
    { option: 'ssl', port: ports.implicitTls },
    { option: 'starttls', port: ports.plain },
    { option: 'none', port: ports.plain },
  ];
  const report = (probes: ProbeResult[], offline = false): DetectionReport => {
    const proposal = proposeSettings(probes);
    return {
      server: input.server,
      offline,
      probes,
      ...(proposal ? { proposal } : {}),
      durationMs: Math.round(performance.now() - startedAt),
    };
  };
  const everyProbe = (error: ReturnType<typeof failure>): ProbeResult[] =>
    plan.map(({ option, port }) => ({ option, port, ok: false, ms: 0, error }));

  const invalid = serverAddressProblem(input.server);
  if (invalid)
    return report(
      everyProbe(
        failure(
          'INVALID_SETTINGS',
          message('failure.invalid.server', { problem: message(invalid) }),
          message('failure.invalid.hint'),
        ),
      ),
    );

  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const cancel = () => deadline.abort();
  input.signal?.addEventListener('abort', cancel, { once: true });
  try {
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
        return report(everyProbe(dnsFailure), code === 'EAI_AGAIN');
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
      deadline.signal,
    );
    // A probe cut off by the deadline reports the deadline, not the closed socket it left behind.
    const timedOut = deadline.signal.aborted && !input.signal?.aborted;
    const cancelled = input.signal?.aborted === true;
    return report(
      probes.map((result) =>
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
    );
  } finally {
    clearTimeout(timer);
    input.signal?.removeEventListener('abort', cancel);
  }
}
