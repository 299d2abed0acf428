/** What the tool-level usage needs to know of a command. */
export interface CommandSummary {
  name: string;
  summary: string;
}

/**
 * The usage of the tool as a whole: built from the command table, so a new command cannot be missing
 * from it. Each command's options stay in its own usage (`help COMMAND`).
 */
export function toolUsage(commands: readonly CommandSummary[]): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 2;
  return [
    'Usage: mailbox-connect COMMAND [OPTIONS]',
    '       mailbox-connect help [COMMAND] | --help | --version',
    'Tests connections (IMAP with a password, IMAP with OAuth 2.0, Microsoft Graph) and moves account',
    'settings without the app window.',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    '',
    'Global options:',
    "  -h, --help     Show this usage; after a command (test --help), that command's usage",
    '  -v, --version  Show the version',
    '',
    'Exit codes: 0 success, 1 the command ran and failed (a test, a file, a passphrase), 2 usage',
    '(an unknown command or option, a missing or invalid value: the message names it).',
  ].join('\n');
}
