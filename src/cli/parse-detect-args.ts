import net from 'node:net';
import { accountFieldsSchema } from '../shared/account';
import { IMAP_PORT, IMAPS_PORT } from '../shared/encryption';
import { parseOptions, timeoutMsOf, UsageError } from './cli-options';
import { firstIssueText } from './english';

export interface DetectCommand {
  server: string;
  ports: { implicitTls: number; plain: number };
  caFile?: string;
  emailAddress?: string;
  dnsServer?: string;
  timeoutMs: number;
  json: boolean;
}

export const DETECT_USAGE = `Usage: mailbox-connect detect --server HOST [--ssl-port N] [--plain-port N] [--ca-file PEM]
       [--email ADDRESS] [--dns-server IP[:PORT]] [--timeout SECONDS] [--json]
Probes SSL/TLS (993), STARTTLS and plain (143) at once, CAPABILITY only, never a login.
With --email, the address's domain (its name, MX and autodiscover records, asked of --dns-server
or this computer's DNS servers) tells whether the mailbox looks like Microsoft 365; so does a
Microsoft 365 server. Then the app-only methods are proposed with the cloud's hosts.
Exit codes: 0 an option works (proposed) or Microsoft 365 was recognised, 1 none works, 2 usage.`;

const fields = accountFieldsSchema.pick({ server: true, port: true, emailAddress: true });

function port(value: string | undefined, fallback: number, option: string): number {
  const parsed = fields.shape.port.safeParse(value ?? fallback);
  if (!parsed.success) throw new UsageError(`${option}: ${firstIssueText(parsed.error, 'invalid port')}`);
  return parsed.data;
}

/** A DNS server as Node's resolver takes it: an IP address, optionally with a port ("[::1]:53" for IPv6). */
function dnsServer(value: string): string {
  if (net.isIP(value)) return value;
  const withPort = /^\[([^\]]+)\]:(\d{1,5})$/.exec(value) ?? /^([^:]+):(\d{1,5})$/.exec(value);
  const portNumber = Number(withPort?.[2]);
  if (withPort && net.isIP(withPort[1] ?? '') && portNumber >= 1 && portNumber <= 65535) return value;
  throw new UsageError(
    `--dns-server: "${value}" is not an IP address with an optional port (10.0.0.53, 10.0.0.53:53).`,
  );
}

/** Parses `mailbox-connect detect …`; every mistake names the option it concerns. */
export function parseDetectArgs(argv: string[]): DetectCommand {
  const values = parseOptions(argv, {
    server: { type: 'string' },
    'ssl-port': { type: 'string' },
    'plain-port': { type: 'string' },
    'ca-file': { type: 'string' },
    email: { type: 'string' },
    'dns-server': { type: 'string' },
    timeout: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.server === undefined) throw new UsageError('--server is required.');
  const server = fields.shape.server.safeParse(values.server);
  if (!server.success) throw new UsageError(`--server: ${firstIssueText(server.error, 'invalid server')}`);
  let emailAddress: string | undefined;
  if (values.email !== undefined) {
    const parsed = fields.shape.emailAddress.safeParse(values.email);
    if (!parsed.success) throw new UsageError(`--email: ${firstIssueText(parsed.error, 'invalid e-mail address')}`);
    emailAddress = parsed.data;
  }
  return {
    server: server.data,
    ports: {
      implicitTls: port(values['ssl-port'], IMAPS_PORT, '--ssl-port'),
      plain: port(values['plain-port'], IMAP_PORT, '--plain-port'),
    },
    ...(values['ca-file'] !== undefined ? { caFile: values['ca-file'] } : {}),
    ...(emailAddress !== undefined ? { emailAddress } : {}),
    ...(values['dns-server'] !== undefined ? { dnsServer: dnsServer(values['dns-server']) } : {}),
    timeoutMs: timeoutMsOf(values.timeout),
    json: values.json ?? false,
  };
}
