import { EXIT, parseOptions, showUsage, UsageError, usageFailure, type CliIo } from './cli-options';
import { runDetectCommand } from './detect-command';
import { DETECT_USAGE } from './parse-detect-args';
import { TEST_USAGE } from './parse-test-args';
import { EXPORT_USAGE, IMPORT_USAGE } from './parse-transfer-args';
import { runTestAllCommand, TEST_ALL_USAGE } from './test-all-command';
import { runTestCommand } from './test-command';
import { toolUsage } from './tool-usage';
import { runExport, runImport } from './transfer-commands';
import { VERSION_TEXT } from './version';

/** One row per command: the dispatcher, `--help` and `help COMMAND` all read the same row. */
interface CliCommand {
  name: string;
  /** One line in the tool usage. */
  summary: string;
  /** The command's own usage: its options and exit codes. */
  usage: string;
  run: (argv: string[], io: CliIo) => Promise<number>;
}

const HELP_USAGE = `Usage: mailbox-connect help [COMMAND]
Prints the usage of the tool, or of COMMAND (the same as mailbox-connect COMMAND --help).
Exit codes: 0 shown, 2 unknown command.`;

const COMMANDS: readonly CliCommand[] = [
  {
    name: 'test',
    summary: 'Test one connection: DNS, TCP, TLS, login (Microsoft 365: token first), INBOX, processing folders',
    usage: TEST_USAGE,
    run: runTestCommand,
  },
  {
    name: 'detect',
    summary: 'Find which encryption a server offers (SSL/TLS, STARTTLS, plain), without a login',
    usage: DETECT_USAGE,
    run: runDetectCommand,
  },
  {
    name: 'export',
    summary: "Write the accounts of the app's data folder to an export file, without passwords",
    usage: EXPORT_USAGE,
    run: runExport,
  },
  {
    name: 'import',
    summary: "Check an export file, then add its accounts to the app's data folder",
    usage: IMPORT_USAGE,
    run: runImport,
  },
  {
    name: 'test-all',
    summary: 'Test every account of an export file, several at a time',
    usage: TEST_ALL_USAGE,
    run: runTestAllCommand,
  },
  { name: 'help', summary: "Show this usage, or a command's: help COMMAND", usage: HELP_USAGE, run: runHelp },
];

const TOOL_USAGE = toolUsage(COMMANDS);

function commandNamed(name: string): CliCommand {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) throw new UsageError(`Unknown command "${name}".`);
  return command;
}

/** `help [COMMAND]`: takes a command name, not options, so it is not parsed by parseOptions. */
async function runHelp(argv: string[], io: CliIo): Promise<number> {
  const [name, ...extra] = argv;
  if (name === undefined) return showUsage(TOOL_USAGE, io);
  // `help --help` is a request for this command's usage, like every other command's --help.
  if (name === '--help' || name === '-h') return showUsage(HELP_USAGE, io);
  try {
    const command = commandNamed(name);
    if (extra.length > 0) throw new UsageError(`help takes one command name, not "${extra.join(' ')}".`);
    return showUsage(command.usage, io);
  } catch (error) {
    return usageFailure(error, TOOL_USAGE, io);
  }
}

/** Options before any command: only --help and --version, parsed as strictly as a command's. */
function runGlobalOptions(argv: string[], io: CliIo): number {
  try {
    const values = parseOptions(argv, { version: { type: 'boolean', short: 'v' } });
    if (!values.version) throw new UsageError('No command given.');
    io.stdout(`${VERSION_TEXT}\n`);
    return EXIT.ok;
  } catch (error) {
    return usageFailure(error, TOOL_USAGE, io);
  }
}

/** `mailbox-connect COMMAND …`: the same services as the app, for scripts and support. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name?.startsWith('-')) return runGlobalOptions(argv, io);
  try {
    if (name === undefined) throw new UsageError('No command given.');
    return await commandNamed(name).run(rest, io);
  } catch (error) {
    return usageFailure(error, TOOL_USAGE, io);
  }
}
