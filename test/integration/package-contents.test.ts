import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

// The fuse wire an Electron binary carries (@electron/fuses' format): sentinel, version 1, length, one byte per fuse.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = [
  'runAsNode',
  'cookieEncryption',
  'nodeOptions',
  'nodeCliInspect',
  'asarIntegrity',
  'onlyLoadAppFromAsar',
];
// Electron's own defaults, so that the test sees every configured fuse flipped by the packager.
const ELECTRON_DEFAULT_WIRE = '10110001';

/** Every package the runtime dependencies need, transitively, by name (from package-lock.json). */
function runtimeClosure(): Set<string> {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }>;
  };
  const byName = new Map<string, string[]>();
  for (const [location, entry] of Object.entries(lock.packages)) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(location)?.[1];
    if (!name) continue;
    const needs = [...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.optionalDependencies ?? {})];
    byName.set(name, [...(byName.get(name) ?? []), ...needs]);
  }
  const closure = new Set<string>();
  const pending = Object.keys(packageJson.dependencies);
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (closure.has(name)) continue;
    closure.add(name);
    pending.push(...(byName.get(name) ?? []));
  }
  return closure;
}

/**
 * electron-builder cannot download Electron here (DESIGN.md §6), so it packs `--linux dir` against
 * a stand-in distribution (electronDist): an "electron" file that carries a real fuse wire. What
 * goes into app.asar, and how the fuses are set, is exactly what a real build does.
 */
function standInElectron(directory: string): void {
  mkdirSync(directory, { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\nexit 0\n'),
    Buffer.from(SENTINEL),
    Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]),
    Buffer.from(ELECTRON_DEFAULT_WIRE),
  ]);
  writeFileSync(path.join(directory, 'electron'), binary);
  chmodSync(path.join(directory, 'electron'), 0o755);
  writeFileSync(path.join(directory, 'version'), packageJson.devDependencies.electron ?? '');
}

describe('the packaged app (electron-builder --linux dir with a stand-in Electron)', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'mc-pack-'));
  const output = path.join(work, 'dist');
  let unpacked: string;
  let files: string[];

  beforeAll(async () => {
    standInElectron(path.join(work, 'electron-dist'));
    await run(
      process.execPath,
      [
        path.join(root, 'node_modules/electron-builder/cli.js'),
        '--config',
        'build/electron-builder.json',
        '--linux',
        'dir',
        '--x64',
        `-c.electronDist=${path.join(work, 'electron-dist')}`,
        `-c.directories.output=${output}`,
      ],
      { cwd: root, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' }, timeout: 170_000 },
    );
    unpacked = path.join(output, 'linux-unpacked');
    files = listPackage(path.join(unpacked, 'resources/app.asar'), { isPack: false }).map((file) =>
      file.replaceAll('\\', '/').replace(/^\//, ''),
    );
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('holds the built app and its manifest', () => {
    for (const entry of [
      'package.json',
      'out/main/index.js',
      'out/main/cli.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
    ])
      expect(files).toContain(entry);
  });

  it('holds no source maps, sources, tests or build files', () => {
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(files.filter((file) => /^(src|test|bench|scripts|build|docs)\//.test(file))).toEqual([]);
    expect(files.filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith('.d.ts'))).toEqual([]);
  });

  it('holds only the runtime dependencies and what they need, nothing of development', () => {
    const modules = new Set(
      files
        .map((file) => /(?:^|\/)node_modules\/(@[^/]+\/[^/]+|[^@/][^/]*)(?:\/|$)/.exec(file)?.[1])
        .filter((name): name is string => name !== undefined),
    );
    const runtime = runtimeClosure();
    for (const name of Object.keys(packageJson.dependencies)) expect(modules).toContain(name);
    expect([...modules].filter((name) => !runtime.has(name))).toEqual([]);
    // e.g. conf is a devDependency for the tests, but electron-store needs it at run time: it may stay.
    const developmentOnly = Object.keys(packageJson.devDependencies).filter((name) => !runtime.has(name));
    expect(developmentOnly.filter((name) => modules.has(name))).toEqual([]);
  });

  it('flips the hardening fuses in the Electron binary', () => {
    const binary = readFileSync(path.join(unpacked, 'mailbox-connect'));
    const at = binary.indexOf(SENTINEL) + SENTINEL.length + 2;
    const wire = binary.subarray(at, at + FUSES.length).toString('latin1');
    expect(Object.fromEntries(FUSES.map((fuse, index) => [fuse, wire[index] === '1']))).toEqual({
      runAsNode: false,
      cookieEncryption: true,
      nodeOptions: false,
      nodeCliInspect: false,
      asarIntegrity: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('stays small', () => {
    const size = statSync(path.join(unpacked, 'resources/app.asar')).size;
    console.info(`app.asar: ${(size / 1024 / 1024).toFixed(2)} MiB, ${files.length} entries`);
    expect(size).toBeLessThan(25 * 1024 * 1024);
  });
});
