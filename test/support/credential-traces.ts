import type { FakeImapServer } from './fake-imap-server';

const base64 = (text: string): string => Buffer.from(text).toString('base64');

/** What AUTHENTICATE PLAIN carries (RFC 4616): base64 of `\0user\0password`. */
export function saslPlainResponse(user: string, password: string): string {
  return base64(`\0${user}\0${password}`);
}

/**
 * Every trace of a credential a fake server received, named: a LOGIN or AUTHENTICATE (as a command
 * or anywhere in the bytes), its SASL answer, the password raw or in base64, the PLAIN response.
 * Empty means nothing of the login left the client.
 */
export function credentialTraces(server: FakeImapServer, user: string, password: string): string[] {
  const traces = server.received
    .filter((command) => /^(LOGIN|AUTHENTICATE|SASL-RESPONSE)$/.test(command.name))
    .map((command) => `command ${command.name}`);
  const bytes = server.receivedBytes().toString('latin1');
  if (/^\S+ (LOGIN|AUTHENTICATE)\b/im.test(bytes)) traces.push('LOGIN or AUTHENTICATE in the bytes');
  if (bytes.includes(password)) traces.push('the password');
  if (bytes.includes(base64(password))) traces.push('the password in base64');
  if (bytes.includes(saslPlainResponse(user, password))) traces.push('the AUTHENTICATE PLAIN response');
  return traces;
}
