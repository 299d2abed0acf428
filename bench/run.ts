// `npm run bench [-- --json]`: the speed figures of DESIGN.md §7, each against a baseline measured
// in the same run on the same machine. Needs what `npm test` needs (Dovecot; see the README).
import { startDovecot } from '../test/support/dovecot';
import { benchConnectionTest } from './connection-bench';
import { benchDetect } from './detect-bench';
import { benchFailFast } from './fail-fast-bench';
import { benchRenderer } from './renderer-bench';
import { benchStore } from './store-bench';
import { benchTestAll } from './test-all-bench';

const json = process.argv.includes('--json');
// `--only store,failFast` runs just those areas (while working on one of them).
const onlyArgument = process.argv[process.argv.indexOf('--only') + 1];
const only = process.argv.includes('--only') && onlyArgument ? new Set(onlyArgument.split(',')) : undefined;
const wanted = (area: string): boolean => only === undefined || only.has(area);
// Progress goes to stderr, so that with --json stdout holds exactly one JSON document.
const progress = (text: string): void => void process.stderr.write(`${text}\n`);

async function main(): Promise<void> {
  const results: Record<string, unknown> = {};
  const lines: string[] = [];

  if (wanted('store')) {
    progress('store: save and load at 10, 100 and 1,000 accounts …');
    const store = await benchStore();
    results.store = store;
    for (const [size, figures] of Object.entries(store)) {
      lines.push(
        `store ${size.padStart(5)} accounts  save ${figures.saveMedianMs} ms (bare atomic write ${figures.baselineSaveMedianMs} ms, ×${figures.saveRatio})  load ${figures.loadMedianMs} ms (bare read+parse ${figures.baselineLoadMedianMs} ms, ×${figures.loadRatio})`,
      );
    }
  }

  if (wanted('testConnection') || wanted('detect') || wanted('testAll')) {
    progress('starting Dovecot …');
    const dovecot = await startDovecot();
    try {
      if (wanted('testConnection')) {
        progress('testConnection: instrumented test versus bare imapflow, SSL and STARTTLS …');
        const connection = await benchConnectionTest(dovecot);
        results.testConnection = connection;
        for (const [option, figures] of Object.entries(connection)) {
          lines.push(
            `testConnection ${option.padEnd(8)} median ${figures.medianMs} ms, bare imapflow ${figures.baselineMedianMs} ms, ratio ${figures.ratio} (target ≤ 1.15)`,
          );
        }
      }
      if (wanted('detect')) {
        progress('detect: the probes in turn versus the slowest single probe …');
        const detect = await benchDetect(dovecot);
        results.detect = detect;
        lines.push(
          `detect median ${detect.medianMs} ms, slowest single probe ${detect.slowestProbeMedianMs} ms, ratio ${detect.ratio}`,
        );
      }
      if (wanted('testAll')) {
        progress('testAll: 500 accounts on the local Dovecot at 1, 4 and 8 at once …');
        const testAll = await benchTestAll(dovecot);
        results.testAll = testAll;
        for (const [concurrency, figures] of Object.entries(testAll)) {
          lines.push(
            `testAll concurrency ${concurrency}: ${figures.accountsPerSecond} accounts/s (×${figures.speedup} against 1 at once), peak RSS ${figures.peakRssMiB} MiB (${figures.rssBeforeMiB} MiB before)`,
          );
        }
      }
    } finally {
      await dovecot.stop();
    }
  }

  if (wanted('failFast')) {
    progress('failFast: refused port and silent server …');
    const failFast = await benchFailFast();
    results.failFast = failFast;
    lines.push(
      `failFast refused port reported in ${failFast.refusedMs} ms; silent server in ${failFast.silentMs} ms for a ${failFast.timeoutMs} ms timeout (×${failFast.silentRatio})`,
    );
  }

  if (wanted('renderer')) {
    progress('renderer: initial JavaScript, and Connect accounts with 1,000 accounts in Chromium …');
    const renderer = await benchRenderer();
    results.renderer = renderer;
    lines.push(
      `renderer initial JS ${(renderer.initialJsBytes / 1024).toFixed(0)} KiB (${(renderer.initialJsGzipBytes / 1024).toFixed(0)} KiB gzip); interactive with 1,000 accounts ${renderer.interactiveMs1000Accounts} ms, with none ${renderer.interactiveMsNoAccounts} ms (×${renderer.ratio})`,
    );
  }

  process.stdout.write(json ? `${JSON.stringify(results)}\n` : `${lines.join('\n')}\n`);
}

await main();
