import { accountFieldsSchema } from '../shared/account';
import { IMAP_PORT, IMAPS_PORT } from '../shared/encryption';
import { parseOptions, timeoutMsOf, UsageError } from './cli-options';
import { firstIssueText } from './english';

export interface DetectCommand {
  server: string;
  ports: { implicitTls: number; plain: number };
  caFile?: string;
  timeoutMs: number;
  json: boolean;
}

export const DETECT_USAGE = `Usage: mailbox-connect detect --server HOST [--ssl-port N] [--plain-port N] [--ca-file PEM]
       [--timeout SECONDS] [--json]
Probes SSL/TLS (993), STARTTLS and plain (143) at once, CAPABILITY only, never a login.
Exit codes: 0 an option works (proposed), 1 none works, 2 usage.`;

const fields = accountFieldsSchema.pick({ server: true, port: true });

function port(value: string | undefined, fallback: number, option: string): number {
  const parsed = fields.shape.port.safeParse(value ?? fallback);
  if (!parsed.success) throw new UsageError(`${option}: ${firstIssueText(parsed.error, 'invalid port')}`);
  return parsed.data;
}

/** Parses `mailbox-connect detect …`; every mistake names the option it concerns. */
export function parseDetectArgs(argv: string[]): DetectCommand {
  const values = parseOptions(argv, {
    server: { type: 'string' },
    'ssl-port': { type: 'string' },
    'plain-port': { type: 'string' },
    'ca-file': { type: 'string' },
    timeout: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.server === undefined) throw new UsageError('--server is required.');
  const server = fields.shape.server.safeParse(values.server);
  if (!server.success) throw new UsageError(`--server: ${firstIssueText(server.error, 'invalid server')}`);
  return {
    server: server.data,
    ports: {
      implicitTls: port(values['ssl-port'], IMAPS_PORT, '--ssl-port'),
      plain: port(values['plain-port'], IMAP_PORT, '--plain-port'),
    },
    ...(values['ca-file'] !== undefined ? { caFile: values['ca-file'] } : {}),
    timeoutMs: timeoutMsOf(values.timeout),
    json: values.json ?? false,
  };
}
