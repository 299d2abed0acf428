import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface TestCertificates {
  caPem: string;
  caFile: string;
  serverCertFile: string;
  serverKeyFile: string;
  selfSignedCertFile: string;
  selfSignedKeyFile: string;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * A private CA with a server certificate for localhost, 127.0.0.1 and 127.0.0.2 (what an internal
 * Exchange CA would issue), and a self-signed certificate (Exchange's default).
 */
export function createTestCertificates(directory: string): TestCertificates {
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '30',
      '-subj',
      '/CN=Mailbox Connect Test CA',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    directory,
  );
  openssl(
    ['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-keyout', 'server.key', '-out', 'server.csr'],
    directory,
  );
  writeFileSync(
    path.join(directory, 'server.ext'),
    'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:127.0.0.2\nextendedKeyUsage=serverAuth\n',
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '30',
      '-extfile',
      'server.ext',
      '-out',
      'server.pem',
    ],
    directory,
  );
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '30',
      '-subj',
      '/CN=exchange.selfsigned.test',
      '-keyout',
      'selfsigned.key',
      '-out',
      'selfsigned.pem',
      '-addext',
      'subjectAltName=DNS:exchange.selfsigned.test,IP:127.0.0.3',
    ],
    directory,
  );
  const caFile = path.join(directory, 'ca.pem');
  return {
    caPem: readFileSync(caFile, 'utf8'),
    caFile,
    serverCertFile: path.join(directory, 'server.pem'),
    serverKeyFile: path.join(directory, 'server.key'),
    selfSignedCertFile: path.join(directory, 'selfsigned.pem'),
    selfSignedKeyFile: path.join(directory, 'selfsigned.key'),
  };
}
