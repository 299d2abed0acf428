import { lookup } from 'node:dns/promises';
import { performance } from 'node:perf_hooks';
import { DEFAULT_PROCESSING_FOLDERS } from '../../shared/account';
import {
  DEFAULT_TEST_TIMEOUT_MS,
  GRAPH_STAGE_NAMES,
  type ConnectionTestReport,
  type MailboxSummary,
  type TestFailure,
  type TlsInfo,
} from '../../shared/connection-test';
import { literal, message } from '../../shared/i18n/message';
import { connectionTimeout, type FailureContext } from '../connection-test/classify-error';
import { failure } from '../connection-test/failure';
import { listedFolders } from '../connection-test/folder-list';
import { mailboxStageDetail } from '../connection-test/run-connection-test';
import { StageRecorder } from '../connection-test/stage-recorder';
import { Transcript } from '../connection-test/transcript';
import { accessTokenClaims } from './access-token-claims';
import { GraphClient } from './graph-client';
import { DEFAULT_GRAPH_BASE_URL, type GraphEndpoint } from './graph-endpoint';
import { classifyGraphError } from './graph-failures';
import { checkGraphProcessingFolders, listGraphFolders } from './graph-folders';
import { graphPreviewOrProblem } from './graph-preview';
import { checkGraphInput, type GraphTestInput } from './graph-test-input';
import { mailboxPath, queryString } from './odata';
import { redactToken } from './secret-redaction';
import { VerifiedAgent } from './verified-agent';

interface InboxAnswer {
  id?: unknown;
  totalItemCount?: unknown;
  unreadItemCount?: unknown;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

async function resolve(endpoint: GraphEndpoint): Promise<string> {
  if (endpoint.isIp) return endpoint.host;
  const { address } = await lookup(endpoint.host);
  return address;
}

/**
 * Tests one mailbox over Microsoft Graph with an app-only token: DNS, TCP and TLS as the IMAP test
 * instruments them, then `graph` (the Inbox read with the token: the token, its permission and the
 * mailbox proven at once) and `mailbox` (folders, processing folders, the 30-day preview). It reads
 * metadata only, never a message body or an attachment's content, and creates folders only when
 * the caller confirmed it. Expected failures come back in the report, never as an exception; the
 * token appears nowhere in it.
 */
export async function runGraphTest(input: GraphTestInput): Promise<ConnectionTestReport> {
  const startedAt = performance.now();
  const timeoutMs = input.timeoutMs ?? DEFAULT_TEST_TIMEOUT_MS;
  const stages = new StageRecorder(input.onStage, GRAPH_STAGE_NAMES);
  const transcript = new Transcript([input.accessToken]);
  const observations: { tls?: TlsInfo } = {};
  const report = (outcome: { error?: TestFailure; mailbox?: MailboxSummary }): ConnectionTestReport =>
    redactToken(
      {
        ok: outcome.error === undefined,
        ...(outcome.error ? { error: outcome.error } : {}),
        stages: stages.results(),
        ...(observations.tls ? { tls: observations.tls } : {}),
        ...(outcome.mailbox ? { mailbox: outcome.mailbox } : {}),
        transcript: transcript.toLines(),
        durationMs: Math.round(performance.now() - startedAt),
      },
      input.accessToken,
    );

  const checked = checkGraphInput(input, DEFAULT_GRAPH_BASE_URL);
  if ('failure' in checked) {
    for (const name of GRAPH_STAGE_NAMES) stages.skip(name, message('stage.invalidSettings'));
    return report({ error: checked.failure });
  }
  const { endpoint } = checked;
  const claims = accessTokenClaims(input.accessToken);
  const network = (): FailureContext => ({
    stage: stages.running(),
    server: endpoint.host,
    port: endpoint.port,
    implicitTls: true,
  });

  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = input.signal ? AbortSignal.any([deadline, input.signal]) : deadline;
  const timeLeft = (): number => timeoutMs - (performance.now() - startedAt);
  let agent: VerifiedAgent | undefined;
  try {
    stages.start('dns');
    const address = await abortable(resolve(endpoint), signal);
    stages.ok('dns', endpoint.isIp ? message('stage.dns.ipAddress') : literal(address));

    agent = new VerifiedAgent({
      endpoint,
      address,
      stages,
      observations,
      signal,
      onTrusted: () => stages.start('graph'),
      ...(input.caPem ? { caPem: input.caPem } : {}),
      ...(input.validateSsl === false ? { validateSsl: false } : {}),
      ...(input.pinnedSha256 ? { pinnedSha256: input.pinnedSha256 } : {}),
      ...(input.localAddress ? { localAddress: input.localAddress } : {}),
    });
    const client = new GraphClient({ endpoint, agent, accessToken: input.accessToken, signal, transcript, timeLeft });
    const { mailbox } = input;

    // The tcp and tls stages run inside this first request; graph starts once the socket is trusted.
    const inbox = await client.get<InboxAnswer>(
      `${mailboxPath(mailbox)}/mailFolders/inbox${queryString({ $select: 'id,displayName,totalItemCount,unreadItemCount' })}`,
    );
    if (typeof inbox.id !== 'string') throw new Error('the Inbox came back without an id');
    stages.ok(
      'graph',
      message('graph.stage.read', {
        mailbox,
        app: claims?.appId ?? input.clientId ?? message('graph.failure.appUnknown'),
      }),
    );

    stages.start('mailbox');
    const folders = await listGraphFolders(client, mailbox, inbox.id);
    const processingFolders = await checkGraphProcessingFolders(
      client,
      mailbox,
      inbox.id,
      input.processingFolders ?? DEFAULT_PROCESSING_FOLDERS,
      input.createMissingFolders === true,
    );
    const summary: MailboxSummary = {
      ...listedFolders(folders),
      inbox: { messages: count(inbox.totalItemCount), unseen: count(inbox.unreadItemCount) },
      processingFolders,
      ...(await graphPreviewOrProblem(client, mailbox, { timeLeft }, new Date())),
    };
    stages.ok('mailbox', mailboxStageDetail(summary));
    return report({ mailbox: summary });
  } catch (error) {
    const context = network();
    const outcome = input.signal?.aborted
      ? failure('CANCELLED', message('failure.cancelled.message'), message('failure.cancelled.hint'))
      : deadline.aborted
        ? {
            ...connectionTimeout(context, timeoutMs),
            hint: message('graph.failure.network.hint', { host: endpoint.host, port: endpoint.port }),
          }
        : classifyGraphError(error, {
            mailbox: input.mailbox,
            claims,
            resource: input.resource ?? endpoint.origin,
            ids: {
              ...((claims?.appId ?? input.clientId) ? { clientId: claims?.appId ?? input.clientId } : {}),
              ...((claims?.servicePrincipalId ?? input.servicePrincipalId)
                ? { servicePrincipalId: claims?.servicePrincipalId ?? input.servicePrincipalId }
                : {}),
            },
            network: context,
            now: new Date(),
          });
    if (context.stage) stages.fail(context.stage, outcome.message);
    return report({ error: outcome });
  } finally {
    agent?.destroy();
  }
}

/** A lookup cannot be cancelled; the test stops waiting for it at the deadline or on Cancel. */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  work.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
