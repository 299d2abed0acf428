import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { TEST_CA_FILE } from './test-ca-file';
import type { TestCertificates } from './certificates';
import { startDovecot } from './dovecot';

export interface DovecotInfo {
  imapPort: number;
  imapsPort: number;
  loginDisabledHost: string;
  selfSignedHost: string;
  caPem: string;
  certificates: TestCertificates;
}

declare module 'vitest' {
  export interface ProvidedContext {
    dovecot: DovecotInfo;
  }
}

/** One private Dovecot for the whole run, started from a config the tests write, stopped at the end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startDovecot();
  mkdirSync(path.dirname(TEST_CA_FILE), { recursive: true });
  copyFileSync(server.certificates.caFile, TEST_CA_FILE);
  project.provide('dovecot', {
    imapPort: server.imapPort,
    imapsPort: server.imapsPort,
    loginDisabledHost: server.loginDisabledHost,
    selfSignedHost: server.selfSignedHost,
    caPem: server.certificates.caPem,
    certificates: server.certificates,
  });
  return async () => {
    await server.stop();
    rmSync(TEST_CA_FILE, { force: true });
  };
}
