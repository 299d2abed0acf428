import { lookup } from 'node:dns/promises';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { ImapFlow } from 'imapflow';
import { DEFAULT_PROCESSING_FOLDERS, type AccountSettings, type ProcessingFolderNames } from '../../shared/account';
import {
  DEFAULT_TEST_TIMEOUT_MS,
  REPORT_LIMITS,
  IMAP_STAGE_NAMES,
  type ConnectionTestReport,
  type StageName,
  type MailboxSummary,
  type TestFailure,
} from '../../shared/connection-test';
import { classifyError, connectionTimeout, greetingTimeout, type FailureContext } from './classify-error';
import { ConnectionTestFailure, failure } from './failure';
import { invalidSettings } from './invalid-settings';
import { listedFolders } from './folder-list';
import { checkProcessingFolders, previewOrProblem } from './mailbox-readiness';
import { foldersNotReady } from '../../shared/readiness-text';
import { createInstrumentedTransport, MAX_LINE_BYTES, type TransportObservations } from './instrumented-transport';
import { StageRecorder } from './stage-recorder';
import { tlsSetupFor, type SecureContextFactory } from './tls-trust';
import { Transcript } from './transcript';
import { accessTokenFacts } from './access-token-facts';
import { secretsOfToken } from './oauth-secrets';
import type { OAuthSignIn } from './oauth-refusal';
import { literal, message, messageList, type Message } from '../../shared/i18n/message';

export interface ConnectionTestInput {
  settings: Pick<AccountSettings, 'server' | 'port' | 'encryption' | 'validateSsl'>;
  userName?: string;
  password?: string;
  /**
   * IMAP with OAuth 2.0: an access token, already acquired, signs `userName` (the mailbox) in with
   * XOAUTH2 (OAUTHBEARER where a server offers it: imapflow prefers it) instead of a password.
   */
  accessToken?: string;
  /** The audiences the IMAP server accepts in a token (a sovereign cloud's); Exchange Online's by default. */
  acceptedAudiences?: readonly string[];
  pinnedSha256?: string;
  caPem?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** The folders mail is moved to; the defaults when not given (the CLI without options). */
  processingFolders?: ProcessingFolderNames;
  /** "Create missing folders": the user confirmed that missing processing folders are created. */
  createMissingFolders?: boolean;
  /**
   * The user accepted that the password travels unencrypted (None, No TLS): the account's
   * `insecureAcknowledged`, or the CLI's --allow-plaintext-password. Without it such a test with a
   * user name ends as INVALID_SETTINGS before any socket opens.
   */
  plaintextPasswordAllowed?: boolean;
  /** Why `userName` was left out on purpose; the auth stage says so instead of "no user name given". */
  noLoginReason?: Message;
  /** Source address on a multi-homed host (and for tests: Dovecot slows logins after a failure per client IP). */
  localAddress?: string;
  /** Builds TLS contexts; Node's own unless a test plays a TLS library that refuses legacy options (BoringSSL). */
  createSecureContext?: SecureContextFactory;
  /** Hears each stage as it begins (the form's test shows it); a throw here would end the test, so keep it simple. */
  onStage?: (stage: StageName) => void;
}

/**
 * imapflow's per-response bounds (its defaults are 1-2 GB). A connection test reads folder names,
 * STATUS, SEARCH and BODYSTRUCTURE, never a message body: a few MiB per response is generous, and a
 * literal announced beyond it fails at its marker, before a byte of it is buffered.
 */
export const RESPONSE_LIMITS = {
  maxLiteralSize: 4 * 1024 * 1024,
  // The transport cuts a line at the same length (and a greeting much earlier).
  maxLineLength: MAX_LINE_BYTES,
  // Above the literal cap, as imapflow asks: the response also carries the literal's marker line.
  maxResponseSize: 8 * 1024 * 1024,
} as const;

const IMAPFLOW_TIMER_SLACK_MS = 1000;
const NO_LOGIN_CONFIGURED = /please configure the login/i;

/**
 * Tests one account over one instrumented connection: DNS, TCP, TLS, greeting, STARTTLS,
 * login, mailbox, logout. Expected failures come back in the report, never as an exception.
 * There is no retry on purpose: repeated failed logins lock Active Directory accounts.
 */
export async function runConnectionTest(input: ConnectionTestInput): Promise<ConnectionTestReport> {
  const startedAt = performance.now();
  const { settings } = input;
  const timeoutMs = input.timeoutMs ?? DEFAULT_TEST_TIMEOUT_MS;
  const stages = new StageRecorder(input.onStage);
  const transcript = new Transcript([input.password ?? '', ...secretsOfToken(input)]);
  const observations: TransportObservations = {};
  const implicitTls = settings.encryption === 'ssl' || settings.encryption === 'tls';
  const oauth = oauthSignInOf(input);
  const context = (): FailureContext => ({
    stage: stages.running(),
    server: settings.server,
    port: settings.port,
    implicitTls,
    ...(oauth ? { oauth: { ...oauth, now: Date.now() / 1000 } } : {}),
  });

  let client: ImapFlow | undefined;
  const report = (outcome: {
    error?: TestFailure;
    mailbox?: ConnectionTestReport['mailbox'];
  }): ConnectionTestReport => ({
    ok: outcome.error === undefined,
    ...(outcome.error ? { error: outcome.error } : {}),
    stages: stages.results(),
    ...(observations.greeting
      ? {
          server: {
            greeting: observations.greeting,
            capabilities: client ? [...client.capabilities.keys()].slice(0, REPORT_LIMITS.capabilities) : [],
          },
        }
      : {}),
    ...(observations.tls ? { tls: observations.tls } : {}),
    ...(outcome.mailbox ? { mailbox: outcome.mailbox } : {}),
    transcript: transcript.toLines(),
    durationMs: Math.round(performance.now() - startedAt),
  });

  const invalid = invalidSettings(input);
  if (invalid) {
    for (const name of IMAP_STAGE_NAMES) stages.skip(name, message('stage.invalidSettings'));
    return report({ error: invalid });
  }

  const interruption = interruptAfter(timeoutMs, input.signal);
  try {
    stages.start('dns');
    const address = net.isIP(settings.server) ? settings.server : await interruption.race(resolve(settings.server));
    stages.ok('dns', address === settings.server ? message('stage.dns.ipAddress') : literal(address));

    // imapflow's own timers run a little past the test's deadline so that one deadline decides, whatever the load.
    const remaining = (): number => Math.max(1, timeoutMs - (performance.now() - startedAt)) + IMAPFLOW_TIMER_SLACK_MS;
    const trust = {
      serverName: settings.server,
      validate: settings.validateSsl,
      ...(input.pinnedSha256 ? { pinnedSha256: input.pinnedSha256 } : {}),
      ...(input.caPem ? { extraCaPem: input.caPem } : {}),
    };
    const tlsSetup = tlsSetupFor(settings.encryption, trust, input.createSecureContext);
    client = new ImapFlow({
      host: address,
      port: settings.port,
      secure: implicitTls,
      ...(net.isIP(settings.server) ? {} : { servername: settings.server }),
      // STARTTLS must upgrade. None and No TLS never do, even when offered: an opportunistic upgrade would
      // send the password over TLS nobody validated, while the option promises plain text the user accepted.
      doSTARTTLS: settings.encryption === 'starttls',
      ...(input.userName
        ? {
            auth:
              input.accessToken !== undefined
                ? { user: input.userName, accessToken: input.accessToken }
                : { user: input.userName, pass: input.password ?? '' },
          }
        : {}),
      logger: false,
      disableAutoIdle: true,
      connectionTimeout: remaining(),
      greetingTimeout: remaining(),
      socketTimeout: remaining(),
      ...RESPONSE_LIMITS,
      transport: createInstrumentedTransport({
        stages,
        transcript,
        trust,
        tlsOptions: tlsSetup.options,
        ...(tlsSetup.note ? { tlsNote: tlsSetup.note } : {}),
        requireTlsForCredentials:
          settings.encryption === 'ssl' || settings.encryption === 'tls' || settings.encryption === 'starttls',
        observations,
        ...(input.localAddress ? { localAddress: input.localAddress } : {}),
      }),
    });
    client.on('error', () => undefined);
    if (!implicitTls)
      stages.skip(
        'tls',
        settings.encryption === 'starttls' ? message('stage.tls.starttlsLater') : message('stage.tls.unencrypted'),
      );
    if (!implicitTls && settings.encryption !== 'starttls') stages.skip('starttls', message('stage.starttls.noTls'));

    try {
      await interruption.race(client.connect());
    } catch (error) {
      if (!(input.userName === undefined && error instanceof Error && NO_LOGIN_CONFIGURED.test(error.message)))
        throw error;
      stages.skip('auth', input.noLoginReason ?? message('stage.auth.noUser'));
      if (!stages.hasStarted('starttls')) stages.skip('starttls', message('stage.starttls.notUsed'));
      stages.skip('mailbox', message('stage.mailbox.needsLogin'));
      stages.skip('logout', message('stage.logout.notLoggedIn'));
      return report({});
    }
    if (!stages.hasStarted('starttls'))
      stages.skip('starttls', implicitTls ? message('stage.starttls.implicit') : message('stage.starttls.notOffered'));
    if (stages.hasStarted('auth')) stages.ok('auth', signedIn(input));
    else stages.skip('auth', message('stage.auth.preauth'));

    stages.start('mailbox');
    const listed = await interruption.race(client.list());
    const inbox = await interruption.race(client.status('INBOX', { messages: true, unseen: true }));
    if (!inbox) throw new Error('INBOX cannot be opened');
    const processingFolders = await checkProcessingFolders(
      client,
      listed,
      input.processingFolders ?? DEFAULT_PROCESSING_FOLDERS,
      { create: input.createMissingFolders === true, race: interruption.race },
    );
    const mailbox: MailboxSummary = {
      ...listedFolders(listed.map((folder) => folder.path)),
      inbox: { messages: inbox.messages ?? 0, unseen: inbox.unseen ?? 0 },
      processingFolders,
      ...(await previewOrProblem(
        client,
        { race: interruption.race, timeLeft: () => timeoutMs - (performance.now() - startedAt) },
        new Date(),
      )),
    };
    stages.ok('mailbox', mailboxStageDetail(mailbox));

    stages.start('logout');
    await interruption.race(client.logout());
    stages.ok('logout');
    return report({ mailbox });
  } catch (error) {
    const stageContext = context();
    const outcome =
      error === TIMED_OUT
        ? stageContext.stage === 'greeting'
          ? greetingTimeout(stageContext)
          : connectionTimeout(stageContext, timeoutMs)
        : error === CANCELLED
          ? failure('CANCELLED', message('failure.cancelled.message'), message('failure.cancelled.hint'))
          : classifyError(
              observations.blockedCredentials ? new ConnectionTestFailure(observations.blockedCredentials) : error,
              stageContext,
            );
    if (stageContext.stage) stages.fail(stageContext.stage, outcome.message);
    return report({ error: outcome });
  } finally {
    interruption.dispose();
    client?.close();
  }
}

/** What a refusal of a token login is explained with (the clock is read when it happens). */
function oauthSignInOf(input: ConnectionTestInput): Omit<OAuthSignIn, 'now'> | undefined {
  if (!input.accessToken || !input.userName) return undefined;
  return {
    mailbox: input.userName,
    token: accessTokenFacts(input.accessToken),
    ...(input.acceptedAudiences ? { acceptedAudiences: input.acceptedAudiences } : {}),
  };
}

function signedIn(input: ConnectionTestInput): Message {
  const user = input.userName ?? '';
  return input.accessToken === undefined
    ? message('stage.auth.signedIn', { user })
    : message('stage.auth.signedInWithToken', { user });
}

/** The mailbox stage's detail: folders, INBOX counts, and the processing folders not ready yet (the Graph test says the same). */
export function mailboxStageDetail(mailbox: MailboxSummary): Message {
  const summary = message('stage.mailbox.summary', {
    folders: mailbox.folders.length + (mailbox.foldersOmitted ?? 0),
    ...mailbox.inbox,
  });
  const notReady = foldersNotReady(mailbox);
  return notReady.length === 0
    ? summary
    : messageList([summary, message('stage.mailbox.notReady', { folders: notReady.join(', ') })], '; ');
}

async function resolve(server: string): Promise<string> {
  const { address } = await lookup(server);
  return address;
}

const TIMED_OUT = Symbol('timed out');
const CANCELLED = Symbol('cancelled');

/** One deadline for the whole test, honoured whatever the server does, plus the Cancel button. */
function interruptAfter(timeoutMs: number, signal: AbortSignal | undefined) {
  let interrupt: (reason: symbol) => void = () => undefined;
  const interrupted = new Promise<never>((_, reject) => {
    interrupt = reject;
  });
  interrupted.catch(() => undefined);
  const timer = setTimeout(() => interrupt(TIMED_OUT), timeoutMs);
  const onAbort = (): void => interrupt(CANCELLED);
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  return {
    race<T>(work: Promise<T>): Promise<T> {
      work.catch(() => undefined);
      return Promise.race([work, interrupted]);
    },
    dispose(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}
