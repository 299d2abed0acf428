import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
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
  // vitest.config.ts chose the file; the workers it starts read it through NODE_EXTRA_CA_CERTS.
  const caFile = process.env.NODE_EXTRA_CA_CERTS;
  if (!caFile) throw new Error('vitest.config.ts sets NODE_EXTRA_CA_CERTS before the global setup runs');
  const server = await startDovecot();
  mkdirSync(path.dirname(caFile), { recursive: true });
  copyFileSync(server.certificates.caFile, caFile);
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
    rmSync(caFile, { force: true });
  };
}
