import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { cliInProcess } from '../support/cli-in-process';

const COMMANDS = ['test', 'detect', 'export', 'import', 'test-all'];

const cli = (argv: string[]) => cliInProcess(argv);

/** The message comes first, then the usage; the usage names every option, so look at the message only. */
function messageOf(stderr: string): string {
  return stderr.split('\n')[0] ?? '';
}

describe('mailbox-connect help and version', () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints the tool usage to stdout and exits 0', async (form) => {
    const result = await cli([form]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Usage: mailbox-connect COMMAND \[OPTIONS\]\n/);
    for (const command of COMMANDS) expect(result.stdout).toMatch(new RegExp(`^ {2}${command} +\\S.*$`, 'm'));
    expect(result.stdout).toMatch(/^ {2}-h, --help /m);
    expect(result.stdout).toMatch(/^ {2}-v, --version /m);
    expect(result.stdout).toMatch(/^Exit codes: 0 success, 1 .*, 2 usage/m);
  });

  it.each([['--version'], ['-v']])('%s prints the version of package.json and exits 0', async (form) => {
    expect(await cli([form])).toEqual({ code: 0, stdout: `mailbox-connect ${version}\n`, stderr: '' });
  });

  it.each(COMMANDS)(
    'help %s, %s --help and %s -h print the same command usage to stdout and exit 0',
    async (command) => {
      const viaHelp = await cli(['help', command]);
      expect(viaHelp).toMatchObject({ code: 0, stderr: '' });
      expect(viaHelp.stdout).toMatch(new RegExp(`^Usage: mailbox-connect ${command} `));
      expect(viaHelp.stdout).toMatch(/Exit codes|Passwords/);
      // --help wins over missing required options (every command has one) but not over malformed ones.
      expect(await cli([command, '--help'])).toEqual(viaHelp);
      expect(await cli([command, '-h'])).toEqual(viaHelp);
    },
  );

  it('help help and help --help print the usage of help', async () => {
    const result = await cli(['help', 'help']);
    expect(result).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Usage: mailbox-connect help \[COMMAND\]/),
    });
    expect(await cli(['help', '--help'])).toEqual(result);
  });
});

describe('mailbox-connect usage errors', () => {
  it('an unknown option exits 2 naming it, with the command usage on stderr', async () => {
    const result = await cli(['test', '--bogus']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(messageOf(result.stderr)).toContain('--bogus');
    expect(result.stderr).toMatch(/^Usage: mailbox-connect test /m);
  });

  it('an unknown option is a usage error even next to --help', async () => {
    const result = await cli(['test', '--help', '--bogus']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(messageOf(result.stderr)).toContain('--bogus');
  });

  it('an option without its value exits 2 naming it', async () => {
    const result = await cli(['test', '--port']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(messageOf(result.stderr)).toContain('--port');
  });

  it('a bad number exits 2 naming the option', async () => {
    const result = await cli(['test-all', '--concurrency', 'x']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(messageOf(result.stderr)).toMatch(/^--concurrency: "x" is not a whole number/);
  });

  it.each([
    [['frobnicate'], 'Unknown command "frobnicate".'],
    [[], 'No command given.'],
    [['help', 'frobnicate'], 'Unknown command "frobnicate".'],
  ])('%j exits 2 with the tool usage on stderr', async (argv, message) => {
    const result = await cli(argv);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(messageOf(result.stderr)).toBe(message);
    expect(result.stderr).toContain('\nUsage: mailbox-connect COMMAND [OPTIONS]\n');
  });

  it('an unknown global option exits 2 naming it, with the tool usage on stderr', async () => {
    const result = await cli(['--bogus']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(messageOf(result.stderr)).toContain('--bogus');
    expect(result.stderr).toContain('\nUsage: mailbox-connect COMMAND [OPTIONS]\n');
  });
});
