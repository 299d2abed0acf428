import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem as check } from '../../scripts/require-node-24.mjs';

describe('Node version guard', () => {
  it('refuses Node 20 and 22 with a message that says what to do', () => {
    expect(check('20.20.2', '/usr/bin/node')).toMatch(
      /needs Node.js 24 or newer, but this script runs on Node.js 20.20.2 \(\/usr\/bin\/node\)[\s\S]*npm ci/,
    );
    expect(check('22.12.0', '/usr/bin/node')).toBeDefined();
  });

  it('accepts Node 24 and newer', () => {
    expect(check('24.9.0', 'node')).toBeUndefined();
    expect(check('26.0.0', 'node')).toBeUndefined();
  });

  it('passes silently when run on the Node the tests run on', () => {
    const script = path.resolve(import.meta.dirname, '../../scripts/require-node-24.mjs');
    expect(execFileSync(process.execPath, [script], { encoding: 'utf8' })).toBe('');
  });
});
