import { lookup } from 'node:dns/promises';
import { detectSettings } from '../src/core/detect/detect-settings';
import { probe } from '../src/core/detect/probe';
import type { ProbeOption } from '../src/shared/detection';
import type { DovecotServer } from '../test/support/dovecot';
import { median, ratio, round, timed } from './statistics';

const ROUNDS = 15;
const WARM_UP = 2;

export interface DetectFigures {
  medianMs: number;
  slowestProbeMedianMs: number;
  ratio: number;
}

/** Detection (the probes in turn, see probeInTurn) against the slowest of the same probes run one by one. */
export async function benchDetect(dovecot: DovecotServer): Promise<DetectFigures> {
  const ports = { implicitTls: dovecot.imapsPort, plain: dovecot.imapPort };
  const caPem = dovecot.certificates.caPem;
  // One probe as a user would run it alone: the name resolved first, as detection resolves it once.
  const single = async (option: ProbeOption) => {
    const { address } = await lookup('localhost');
    return probe(option, {
      server: 'localhost',
      address,
      port: option === 'ssl' ? ports.implicitTls : ports.plain,
      caPem,
      signal: new AbortController().signal,
    });
  };
  const detections: number[] = [];
  const slowest: number[] = [];
  for (let round = 0; round < WARM_UP + ROUNDS; round += 1) {
    const detection = await timed(async () => {
      const report = await detectSettings({ server: 'localhost', ports, caPem });
      if (!report.proposal) throw new Error('the benchmark detection found nothing');
    });
    const probeTimes = [
      await timed(() => single('ssl')),
      await timed(() => single('starttls')),
      await timed(() => single('none')),
    ];
    if (round < WARM_UP) continue;
    detections.push(detection);
    slowest.push(Math.max(...probeTimes));
  }
  const medianMs = median(detections);
  const slowestProbeMedianMs = median(slowest);
  return {
    medianMs: round(medianMs),
    slowestProbeMedianMs: round(slowestProbeMedianMs),
    ratio: ratio(medianMs, slowestProbeMedianMs),
  };
}
