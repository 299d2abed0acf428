// `npm test` and `npm run bench` need system programs the project cannot bring through npm: a real
// IMAP server, a real browser, openssl for the test certificates, the fonts the screenshots and
// layouts assume and zip for a stand-in Electron download. Checked up front, so a fresh machine
// gets one line naming what is missing and the command that installs it, not a stack trace minutes in.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const INSTALL_COMMAND = 'scripts/install-test-prerequisites.sh';

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(program, env) {
  return (env.PATH ?? '').split(path.delimiter).some((folder) => folder && isExecutable(path.join(folder, program)));
}

function hasFontFamily(family, env) {
  const listed = spawnSync('fc-list', [`:family=${family}`, 'family'], { encoding: 'utf8', env });
  return listed.status === 0 && listed.stdout.trim() !== '';
}

/** The prerequisites that are missing, each as a short name with where it was looked for. */
export function missingPrerequisites(env = process.env) {
  const chromium = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const dovecot = '/usr/sbin/dovecot';
  const checks = [
    [`Dovecot (${dovecot})`, () => isExecutable(dovecot)],
    [`Chromium (${chromium})`, () => isExecutable(chromium)],
    ['openssl', () => onPath('openssl', env)],
    ['zip', () => onPath('zip', env)],
    ['the Roboto font', () => hasFontFamily('Roboto', env)],
  ];
  return checks.filter(([, present]) => !present()).map(([name]) => name);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const missing = missingPrerequisites();
  if (missing.length > 0) {
    console.error(`Missing for the tests: ${missing.join(', ')}. Install with: ${INSTALL_COMMAND}`);
    process.exit(1);
  }
}
