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

const CA_EXTENSIONS = ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign,cRLSign'];
const SERVER_EXTENSIONS = 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:127.0.0.2\nextendedKeyUsage=serverAuth\n';

/** A self-signed certificate `<name>.pem` with its key `<name>.key`, valid for 30 days. */
function selfSigned(directory: string, name: string, subject: string, extensions: string[]): void {
  const added = extensions.flatMap((extension) => ['-addext', extension]);
  openssl(
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-subj', subject].concat(
      ['-keyout', `${name}.key`, '-out', `${name}.pem`],
      added,
    ),
    directory,
  );
}

/** A server certificate `<name>.pem` for localhost, 127.0.0.1 and 127.0.0.2, issued by the CA `<ca>.pem`. */
function issueServerCertificate(directory: string, name: string, ca: string, serial: string[]): void {
  openssl(
    ['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-keyout', `${name}.key`, '-out', `${name}.csr`],
    directory,
  );
  openssl(
    ['x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.pem`, '-CAkey', `${ca}.key`, ...serial].concat([
      '-days',
      '30',
      '-extfile',
      'server.ext',
      '-out',
      `${name}.pem`,
    ]),
    directory,
  );
}

/**
 * A private CA with a server certificate for localhost, 127.0.0.1 and 127.0.0.2 (what an internal
 * Exchange CA would issue), and a self-signed certificate (Exchange's default).
 */
export function createTestCertificates(directory: string): TestCertificates {
  writeFileSync(path.join(directory, 'server.ext'), SERVER_EXTENSIONS);
  selfSigned(directory, 'ca', '/CN=Mailbox Connect Test CA', CA_EXTENSIONS);
  issueServerCertificate(directory, 'server', 'ca', ['-CAcreateserial']);
  selfSigned(directory, 'selfsigned', '/CN=exchange.selfsigned.test', [
    'subjectAltName=DNS:exchange.selfsigned.test,IP:127.0.0.3',
  ]);
  // A second private CA that nobody is told to trust (its OU is multi-valued, as in real directory names).
  selfSigned(directory, 'unknown-ca', '/O=Contoso/OU=IT/OU=PKI/CN=Contoso Internal Root', CA_EXTENSIONS);
  issueServerCertificate(directory, 'unknown-issuer', 'unknown-ca', ['-set_serial', '4096']);
  writeFileSync(path.join(directory, 'ca.cnf'), CA_CONFIG);
  writeFileSync(path.join(directory, 'index.txt'), '');
  writeFileSync(path.join(directory, 'serial'), '1000\n');
  issueWithDates(directory, 'expired', 'expired', '20200101000000Z', '20200201000000Z');
  issueWithDates(directory, 'wrong-host', 'wrong_host', dateAfterDays(-1), dateAfterDays(30));
  issueWithDates(directory, 'not-yet-valid', 'expired', '20990101000000Z', '20991231000000Z');
  issueWithDates(directory, 'no-names', 'no_names', dateAfterDays(-1), dateAfterDays(30), '/CN=mail.contoso.test');
  issueWithDates(directory, 'client-only', 'client_only', dateAfterDays(-1), dateAfterDays(30));
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
