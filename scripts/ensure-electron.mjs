// Makes sure the Electron binary is there before `npm run dev` / `npm start`.
//
// Since Electron 42 the `electron` package downloads its binary lazily (`install-electron`), and
// electron-vite 6 never triggers that: it reads node_modules/electron/path.txt and throws
// "Electron uninstall" (alex8088/electron-vite#904). So this step downloads with Electron's own
// downloader (@electron/get: ELECTRON_MIRROR, Electron's cache and checksums), bounded by a stall
// watchdog so that an offline machine or a blocked GitHub ends quickly with one clear message, and
// then runs Electron's own `install.js`, which finds the file in the cache and unpacks it.
// Idempotent: an installed binary costs one stat and no network.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadArtifact } from '@electron/get';

const require = createRequire(import.meta.url);
const STALL_MS = 30_000;
const OFFICIAL_RELEASES = 'https://github.com/electron/electron/releases/download/';

/** A failure the user can act on: printed as it is, without a stack. */
export class ElectronSetupError extends Error {}

function executableName(platform) {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/** What install.js would fetch, read from the same variables it reads. */
export function targetOf(env, electronDir) {
  const { version } = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  const platform = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform;
  const arch = env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || process.arch;
  return { version, platform, arch, executable: executableName(platform) };
}

/** The same test as install.js: version and path.txt match and the executable exists. */
export function installedExecutable(electronDir, target) {
  try {
    const version = readFileSync(path.join(electronDir, 'dist', 'version'), 'utf8')
      .replace(/^v/, '')
      .trim();
    const pathTxt = readFileSync(path.join(electronDir, 'path.txt'), 'utf8');
    const executable = path.join(electronDir, 'dist', pathTxt);
    return version === target.version && pathTxt === target.executable && existsSync(executable)
      ? executable
      : undefined;
  } catch {
    return undefined;
  }
}

function remedies(target) {
  const zip = `electron-v${target.version}-${target.platform}-${target.arch}.zip`;
  return [
    'What to do:',
    '  - behind a proxy: set HTTPS_PROXY (and HTTP_PROXY) to the proxy, for example http://proxy.contoso.local:8080, and run again;',
    '  - GitHub blocked: set ELECTRON_MIRROR to a mirror of Electron releases that ends with "/"',
    `    (an Artifactory or Nexus proxy of ${OFFICIAL_RELEASES});`,
    `  - offline: unpack ${zip} (from another machine) into a folder and set ELECTRON_EXEC_PATH`,
    `    to its ${target.executable}.`,
  ].join('\n');
}

/** fetch reports "fetch failed" and hides the reason in `cause`: say what happened in words. */
function reasonOf(error) {
  const cause = error?.cause;
  const code = cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `the name ${cause.hostname ?? 'of the download server'} did not resolve (offline, or no DNS) [${code}]`;
  if (code === 'ECONNREFUSED') return `the connection was refused [${code}]`;
  if (code === 'ECONNRESET') return `the connection was reset [${code}]`;
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return `no connection could be made in time [${code}]`;
  if (code) return `${cause.message ?? error.message} [${code}]`;
  if (cause?.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** Downloads into Electron's cache, aborting when no byte arrives for `stallMs`. */
async function download(target, env, stallMs, log) {
  const controller = new AbortController();
  let stalled = false;
  let timer;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, stallMs);
  };
  let shownTenth = -1;
  arm();
  try {
    await downloadArtifact({
      version: target.version,
      artifactName: 'electron',
      platform: target.platform,
      arch: target.arch,
      cacheRoot: env.electron_config_cache,
      // @electron/get reads process.env itself; the mirror is also passed for callers with their own env.
      ...(env.ELECTRON_MIRROR ? { mirrorOptions: { mirror: env.ELECTRON_MIRROR } } : {}),
      // The same checksums install.js verifies against, so its second look hits the cache.
      checksums:
        env.electron_use_remote_checksums || env.npm_config_electron_use_remote_checksums
          ? undefined
          : require(path.join(target.electronDir, 'checksums.json')),
      downloadOptions: {
        quiet: true,
        signal: controller.signal,
        getProgressCallback: ({ percent }) => {
          arm();
          const tenth = Math.floor(percent * 10);
          if (tenth > shownTenth) {
            shownTenth = tenth;
            log(`Downloading Electron ${target.version} (${target.platform}-${target.arch}): ${tenth * 10} %`);
          }
        },
      },
    });
  } catch (error) {
    const reason = stalled ? `no data arrived for ${Math.round(stallMs / 1000)} s` : reasonOf(error);
    throw new ElectronSetupError(
      [
        `Electron ${target.version} (${target.platform}-${target.arch}) could not be downloaded from ${env.ELECTRON_MIRROR || OFFICIAL_RELEASES}: ${reason}.`,
        "npm run dev and npm start need it once; then it stays in Electron's cache and starts offline.",
        remedies(target),
      ].join('\n'),
    );
  } finally {
    clearTimeout(timer);
  }
}

/** Electron's own install.js: finds the download in the cache and unpacks it (asynchronously: it may
 * fetch remote checksums from a mirror served by this very process). */
function runInstallScript(electronDir, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text));
    const timer = setTimeout(() => child.kill(), 5 * 60_000);
    child.on('error', (error) => (stderr += error.message));
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

/**
 * Returns the path of the Electron executable, downloading it first when it is missing.
 * Throws ElectronSetupError with the message to show when that is impossible.
 */
export async function ensureElectron({
  env = process.env,
  electronDir = path.dirname(require.resolve('electron/package.json')),
  stallMs = Number(env.MC_ELECTRON_STALL_MS) || STALL_MS,
  log = (line) => console.log(line),
} = {}) {
  if (env.ELECTRON_EXEC_PATH) {
    if (existsSync(env.ELECTRON_EXEC_PATH)) return env.ELECTRON_EXEC_PATH;
    throw new ElectronSetupError(`ELECTRON_EXEC_PATH names ${env.ELECTRON_EXEC_PATH}, which does not exist.`);
  }
  const target = { ...targetOf(env, electronDir), electronDir };
  const installed = installedExecutable(electronDir, target);
  if (installed) return installed;
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    throw new ElectronSetupError(
      [
        `The Electron ${target.version} binary is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it is not downloaded.`,
        'Unset ELECTRON_SKIP_BINARY_DOWNLOAD and run again, or point ELECTRON_EXEC_PATH at an Electron executable.',
      ].join('\n'),
    );
  }
  await download(target, env, stallMs, log);
  const unpacked = await runInstallScript(electronDir, env);
  const executable = installedExecutable(electronDir, target);
  if (unpacked.status !== 0 || !executable) {
    throw new ElectronSetupError(
      `Electron's install-electron could not unpack the downloaded binary into ${electronDir}:\n${unpacked.stderr.trim()}`,
    );
  }
  log(`Electron ${target.version} is installed.`);
  return executable;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await ensureElectron();
  } catch (error) {
    if (!(error instanceof ElectronSetupError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
