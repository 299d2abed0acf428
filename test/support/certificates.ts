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
  /** Issued by the test CA for 127.0.0.1 and localhost, valid only in January 2020. */
  expiredCertFile: string;
  expiredKeyFile: string;
  /** Issued by the test CA, valid now, but only for other.example.test. */
  wrongHostCertFile: string;
  wrongHostKeyFile: string;
  /** Issued by the test CA for 127.0.0.1 and localhost, valid only from 2099 on. */
  notYetValidCertFile: string;
  notYetValidKeyFile: string;
  /** Issued by the test CA, valid now, without subjectAltName: only its subject CN=mail.contoso.test names it. */
  noNamesCertFile: string;
  noNamesKeyFile: string;
  /** Issued by the test CA for 127.0.0.1 and localhost, but for TLS clients only (extendedKeyUsage clientAuth). */
  clientOnlyCertFile: string;
  clientOnlyKeyFile: string;
  /** For localhost, 127.0.0.1 and 127.0.0.2, issued by a CA nobody trusts: "O=Contoso, OU=IT+PKI, CN=Contoso Internal Root". */
  unknownIssuerCertFile: string;
  unknownIssuerKeyFile: string;
}

const CA_CONFIG = `[ca]
default_ca = test
[test]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = any
copy_extensions = none
unique_subject = no
[any]
commonName = supplied
[expired]
subjectAltName = DNS:localhost,IP:127.0.0.1
[wrong_host]
subjectAltName = DNS:other.example.test
[no_names]
basicConstraints = CA:FALSE
[client_only]
subjectAltName = DNS:localhost,IP:127.0.0.1
extendedKeyUsage = clientAuth
`;

/** `openssl ca` rather than `x509 -req`: OpenSSL 3.0 can only set explicit validity dates there. */
function issueWithDates(
  directory: string,
  name: string,
  extensions: string,
  startDate: string,
  endDate: string,
  subject = `/CN=${name}`,
): void {
  openssl(
    ['req', '-newkey', 'rsa:2048', '-nodes', '-subj', subject, '-keyout', `${name}.key`, '-out', `${name}.csr`],
    directory,
  );
  openssl(
    [
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      '-cert',
      'ca.pem',
      '-keyfile',
      'ca.key',
      '-in',
      `${name}.csr`,
      '-out',
      `${name}.pem`,
      '-notext',
      '-extensions',
      extensions,
      '-startdate',
      startDate,
      '-enddate',
      endDate,
    ],
    directory,
  );
}

function dateAfterDays(days: number): string {
  // openssl's YYYYMMDDHHMMSSZ form
  return new Date(Date.now() + days * 86_400_000).toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * A second private CA that nobody is told to trust (its OU is multi-valued, as in real directory
 * names), and a server certificate from it for localhost and 127.0.0.1.
 */
function createUnknownIssuerCertificate(directory: string): void {
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
      '/O=Contoso/OU=IT/OU=PKI/CN=Contoso Internal Root',
      '-keyout',
      'unknown-ca.key',
      '-out',
      'unknown-ca.pem',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    directory,
  );
  openssl(
    [
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=localhost',
      '-keyout',
      'unknown-issuer.key',
      '-out',
      'unknown-issuer.csr',
    ],
    directory,
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'unknown-issuer.csr',
      '-CA',
      'unknown-ca.pem',
      '-CAkey',
      'unknown-ca.key',
      '-set_serial',
      '4096',
      '-days',
      '30',
      '-extfile',
      'server.ext',
      '-out',
      'unknown-issuer.pem',
    ],
    directory,
  );
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
  writeFileSync(path.join(directory, 'ca.cnf'), CA_CONFIG);
  writeFileSync(path.join(directory, 'index.txt'), '');
  writeFileSync(path.join(directory, 'serial'), '1000\n');
  issueWithDates(directory, 'expired', 'expired', '20200101000000Z', '20200201000000Z');
  issueWithDates(directory, 'wrong-host', 'wrong_host', dateAfterDays(-1), dateAfterDays(30));
  issueWithDates(directory, 'not-yet-valid', 'expired', '20990101000000Z', '20991231000000Z');
  issueWithDates(directory, 'no-names', 'no_names', dateAfterDays(-1), dateAfterDays(30), '/CN=mail.contoso.test');
  issueWithDates(directory, 'client-only', 'client_only', dateAfterDays(-1), dateAfterDays(30));
  createUnknownIssuerCertificate(directory);
  const caFile = path.join(directory, 'ca.pem');
  return {
    expiredCertFile: path.join(directory, 'expired.pem'),
    expiredKeyFile: path.join(directory, 'expired.key'),
    wrongHostCertFile: path.join(directory, 'wrong-host.pem'),
    wrongHostKeyFile: path.join(directory, 'wrong-host.key'),
    notYetValidCertFile: path.join(directory, 'not-yet-valid.pem'),
    notYetValidKeyFile: path.join(directory, 'not-yet-valid.key'),
    noNamesCertFile: path.join(directory, 'no-names.pem'),
    noNamesKeyFile: path.join(directory, 'no-names.key'),
    clientOnlyCertFile: path.join(directory, 'client-only.pem'),
    clientOnlyKeyFile: path.join(directory, 'client-only.key'),
    unknownIssuerCertFile: path.join(directory, 'unknown-issuer.pem'),
    unknownIssuerKeyFile: path.join(directory, 'unknown-issuer.key'),
    caPem: readFileSync(caFile, 'utf8'),
    caFile,
    serverCertFile: path.join(directory, 'server.pem'),
    serverKeyFile: path.join(directory, 'server.key'),
    selfSignedCertFile: path.join(directory, 'selfsigned.pem'),
    selfSignedKeyFile: path.join(directory, 'selfsigned.key'),
  };
}
