const MAX_LINES = 400;
const MAX_LINE_LENGTH = 500;
const REDACTED = '<redacted>';

/**
 * A protocol transcript for "Copy diagnostics". Everything the client sends while a LOGIN or
 * AUTHENTICATE is open is redacted, and any remaining copy of a secret is masked as well, so a
 * password can reach neither a clipboard nor a support ticket.
 */
export class Transcript {
  private readonly lines: string[] = [];
  private readonly secrets: string[];
  private openAuthTag: string | undefined;
  private dropped = 0;

  constructor(secrets: readonly string[]) {
    this.secrets = secrets
      .filter((secret) => secret.length > 0)
      .flatMap((secret) => [secret, Buffer.from(secret).toString('base64')]);
  }

  client(chunk: Buffer | string): void {
    for (const line of splitLines(chunk)) {
      const auth = /^(\S+) (LOGIN|AUTHENTICATE)\b/i.exec(line);
      if (auth) {
        this.openAuthTag = auth[1];
        this.push(`C: ${auth[1]} ${(auth[2] ?? '').toUpperCase()} ${REDACTED}`);
      } else if (this.openAuthTag !== undefined) {
        this.push(`C: ${REDACTED}`);
      } else {
        this.push(`C: ${line}`);
      }
    }
  }

  server(chunk: Buffer | string): void {
    for (const line of splitLines(chunk)) {
      if (this.openAuthTag !== undefined && line.startsWith(`${this.openAuthTag} `)) this.openAuthTag = undefined;
      this.push(`S: ${line}`);
    }
  }

  note(text: string): void {
    this.push(`-- ${text}`);
  }

  toLines(): string[] {
    return this.dropped > 0 ? [...this.lines, `-- ${this.dropped} more lines not kept`] : [...this.lines];
  }

  private push(line: string): void {
    if (this.lines.length >= MAX_LINES) {
      this.dropped += 1;
      return;
    }
    let safe = line;
    for (const secret of this.secrets) safe = safe.split(secret).join(REDACTED);
    if (safe.length > MAX_LINE_LENGTH) safe = `${safe.slice(0, MAX_LINE_LENGTH)}… (${safe.length} characters)`;
    this.lines.push(safe);
  }
}

function splitLines(chunk: Buffer | string): string[] {
  return chunk
    .toString('utf8')
    .split(/\r?\n/)
    .filter((line) => line.length > 0);
}
