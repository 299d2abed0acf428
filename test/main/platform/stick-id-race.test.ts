import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STICK_ID_FILE } from '../../../src/main/platform/portable-profile';
import { bundleChild, type ChildBundle } from '../../support/bundle-child';

const ROUNDS = 16;
const STARTS = 8;

interface Start {
  child: ChildProcess;
  ready: Promise<void>;
  result: Promise<{ userData: string; notices: string[] }>;
}

/** One process, started but held at `ready` until the round's `go`. */
function startOne(bundle: ChildBundle, stick: string, machine: string): Start {
  const child = spawn(process.execPath, [bundle.file, stick, machine], {
    env: bundle.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    if (output.startsWith('ready\n')) markReady();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const result = new Promise<{ userData: string; notices: string[] }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const [, line] = output.split('\n');
      if (code !== 0 || !line) reject(new Error(`child exited ${String(code)}: ${errors}`));
      else resolve(JSON.parse(line) as { userData: string; notices: string[] });
    });
  });
  return { child, ready, result };
}

describe('two first starts of one stick at the same time (separate processes)', () => {
  let bundle: ChildBundle | undefined;
  let root: string;
  beforeAll(async () => {
    bundle = await bundleChild('test/support/stick-id-child.ts', 'stick-id-child');
    root = mkdtempSync(path.join(os.tmpdir(), 'mc-stick-race-'));
  }, 60_000);
  afterAll(() => {
    if (bundle) rmSync(path.dirname(bundle.file), { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  });

  it(`agree on one stick id: ${ROUNDS} rounds of ${STARTS} processes, each round a fresh stick`, async () => {
    const child = bundle as ChildBundle;
    const machine = path.join(root, 'machine');
    for (let round = 0; round < ROUNDS; round++) {
      const stick = path.join(root, `stick-${round}`);
      mkdirSync(stick);
      const starts = Array.from({ length: STARTS }, () => startOne(child, stick, machine));
      // All have resolved the data folder and are waiting: let them reach the id at once.
      await Promise.all(starts.map((start) => start.ready));
      for (const start of starts) start.child.stdin?.end('go\n');
      const results = await Promise.all(starts.map((start) => start.result));
      const id = readFileSync(path.join(stick, 'data', STICK_ID_FILE), 'utf8').trim();
      expect(id, `round ${round}`).toMatch(/^[0-9a-f]{32}$/);
      expect(
        results.map((result) => result.userData),
        `round ${round}`,
      ).toEqual(Array(STARTS).fill(path.join(machine, 'portable', id)));
      expect(
        results.flatMap((result) => result.notices),
        `round ${round}`,
      ).toEqual([]);
    }
  }, 120_000);
});
