import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ElectronSetupError, ensureElectron } from '../../scripts/ensure-electron.mjs';
import { freePort } from '../support/free-port';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ELECTRON_PACKAGE = path.join(ROOT, 'node_modules/electron');
const { version } = JSON.parse(readFileSync(path.join(ELECTRON_PACKAGE, 'package.json'), 'utf8')) as {
  version: string;
};
const ZIP_NAME = `electron-v${version}-${process.platform}-${process.arch}.zip`;

/**
 * Electron's own downloader and install.js against a local mirror: the mirror serves a stand-in
 * Electron zip and its checksum, records every request, or stalls. The electron package is copied
 * below the project (under .tmp/) so that install.js unpacks there and finds its own dependencies
 * in the project's node_modules.
 */
describe('ensure-electron: the binary before npm run dev / npm start', () => {
  const work = path.join(ROOT, `.tmp/ensure-electron-${process.pid}`);
  const requests: string[] = [];
  let zip: Buffer;
  let mirror: http.Server;
  let mirrorUrl: string;
  let stalled: http.Server;
  const stalledSockets = new Set<Socket>();

  const freshElectronPackage = (name: string): string => {
    const directory = path.join(work, name, 'node_modules/electron');
    mkdirSync(directory, { recursive: true });
    for (const file of ['package.json', 'install.js', 'checksums.json', 'index.js'])
      cpSync(path.join(ELECTRON_PACKAGE, file), path.join(directory, file));
    return directory;
  };
  const envFor = (name: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
    const { ELECTRON_SKIP_BINARY_DOWNLOAD: _skip, ELECTRON_EXEC_PATH: _exec, ...env } = process.env;
    return {
      ...env,
      electron_config_cache: path.join(work, name, 'cache'),
      electron_use_remote_checksums: '1',
      ...extra,
    };
  };
  const failureOf = async (promise: Promise<unknown>): Promise<string> => {
    const error = await promise.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(ElectronSetupError);
    return (error as Error).message;
  };

  beforeAll(async () => {
    const content = path.join(work, 'zip-content');
    mkdirSync(content, { recursive: true });
    const executable = path.join(content, process.platform === 'win32' ? 'electron.exe' : 'electron');
    writeFileSync(executable, '#!/bin/sh\necho stand-in electron\n');
    chmodSync(executable, 0o755);
    writeFileSync(path.join(content, 'version'), version);
    execFileSync('zip', ['-q', '-r', path.join(work, ZIP_NAME), '.'], { cwd: content });
    zip = readFileSync(path.join(work, ZIP_NAME));
    const sum = createHash('sha256').update(zip).digest('hex');
    mirror = http.createServer((request, response) => {
      requests.push(request.url ?? '');
      if (request.url === `/v${version}/${ZIP_NAME}`) response.end(zip);
      else if (request.url === `/v${version}/SHASUMS256.txt`) response.end(`${sum} *${ZIP_NAME}\n`);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve));
    mirrorUrl = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}/`;
    // Accepts and never answers: a proxy or firewall that swallows the request.
    stalled = http.createServer(() => undefined);
    stalled.on('connection', (socket) => stalledSockets.add(socket));
    await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    for (const socket of stalledSockets) socket.destroy();
    await new Promise((resolve) => stalled?.close(resolve));
    await new Promise((resolve) => mirror?.close(resolve));
    rmSync(work, { recursive: true, force: true });
  });

  it('downloads through the mirror, unpacks with install.js, and the second run needs no network', async () => {
    const electronDir = freshElectronPackage('download');
    const lines: string[] = [];
    requests.length = 0;
    const executable = await ensureElectron({
      electronDir,
      env: envFor('download', { ELECTRON_MIRROR: mirrorUrl }),
      log: (line) => lines.push(line),
    });
    expect(executable).toBe(path.join(electronDir, 'dist', process.platform === 'win32' ? 'electron.exe' : 'electron'));
    expect(execFileSync(executable, { encoding: 'utf8' })).toBe('stand-in electron\n');
    expect(readFileSync(path.join(electronDir, 'path.txt'), 'utf8')).toBe(path.basename(executable));
    expect(requests).toContain(`/v${version}/${ZIP_NAME}`);
    expect(lines.at(-1)).toBe(`Electron ${version} is installed.`);

    requests.length = 0;
    await ensureElectron({ electronDir, env: envFor('download', { ELECTRON_MIRROR: 'http://127.0.0.1:1/' }) });
    expect(requests).toEqual([]);
  });

  it('uses Electron’s cache: a package without the binary is installed from it offline', async () => {
    const electronDir = freshElectronPackage('from-cache');
    await ensureElectron({ electronDir, env: envFor('from-cache', { ELECTRON_MIRROR: mirrorUrl }), log: () => {} });
    rmSync(path.join(electronDir, 'dist'), { recursive: true });
    rmSync(path.join(electronDir, 'path.txt'));
    requests.length = 0;
    // The stand-in zip has no entry in Electron's bundled checksums, so the mirror still serves
    // SHASUMS256.txt (install.js never caches it); the zip itself comes from the cache.
    await ensureElectron({ electronDir, env: envFor('from-cache', { ELECTRON_MIRROR: mirrorUrl }), log: () => {} });
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((url) => url === `/v${version}/SHASUMS256.txt`)).toBe(true);
    expect(existsSync(path.join(electronDir, 'path.txt'))).toBe(true);
  });

  it('offline: one message that names the mirror, the reason and what to do, without a stack', async () => {
    const electronDir = freshElectronPackage('refused');
    const port = await freePort();
    const message = await failureOf(
      ensureElectron({ electronDir, env: envFor('refused', { ELECTRON_MIRROR: `http://127.0.0.1:${port}/` }) }),
    );
    expect(message).toContain(
      `Electron ${version} (${process.platform}-${process.arch}) could not be downloaded from http://127.0.0.1:${port}/: the connection was refused [ECONNREFUSED].`,
    );
    expect(message).toMatch(/behind a proxy: set HTTPS_PROXY/);
    expect(message).toMatch(/GitHub blocked: set ELECTRON_MIRROR/);
    expect(message).toMatch(/offline: unpack electron-v.*\.zip .*ELECTRON_EXEC_PATH/s);
    expect(message).not.toMatch(/ at |Electron uninstall/);
  });

  it('a download that stalls is abandoned after the stall time, not left hanging', async () => {
    const electronDir = freshElectronPackage('stalled');
    const url = `http://127.0.0.1:${(stalled.address() as AddressInfo).port}/`;
    const message = await failureOf(
      ensureElectron({ electronDir, stallMs: 1_000, env: envFor('stalled', { ELECTRON_MIRROR: url }) }),
    );
    expect(message).toContain(`could not be downloaded from ${url}: no data arrived for 1 s.`);
  });

  it('honours ELECTRON_SKIP_BINARY_DOWNLOAD and ELECTRON_EXEC_PATH', async () => {
    const electronDir = freshElectronPackage('skip');
    requests.length = 0;
    const message = await failureOf(
      ensureElectron({
        electronDir,
        env: envFor('skip', { ELECTRON_MIRROR: mirrorUrl, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }),
      }),
    );
    expect(message).toMatch(/not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set/);
    expect(requests).toEqual([]);

    const standIn = path.join(work, 'zip-content', process.platform === 'win32' ? 'electron.exe' : 'electron');
    expect(await ensureElectron({ electronDir, env: envFor('skip', { ELECTRON_EXEC_PATH: standIn }) })).toBe(standIn);
    expect(
      await failureOf(
        ensureElectron({ electronDir, env: envFor('skip', { ELECTRON_EXEC_PATH: '/nowhere/electron' }) }),
      ),
    ).toBe('ELECTRON_EXEC_PATH names /nowhere/electron, which does not exist.');
  });
});
