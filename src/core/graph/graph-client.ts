import https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import type { Transcript } from '../connection-test/transcript';
import type { GraphEndpoint } from './graph-endpoint';
import { withoutToken } from './secret-redaction';

/** The most a connection test reads of one Graph answer: a page of 100 messages' metadata is far below. */
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
/** Throttled (429, or 503 with Retry-After): at most this many waits, each at most MAX_RETRY_WAIT_MS. */
export const MAX_THROTTLE_RETRIES = 2;
export const MAX_RETRY_WAIT_MS = 10_000;

/** Graph answered with an error status: its own code and words (`{"error":{"code","message"}}`). */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly graphCode: string,
    readonly graphMessage: string,
    /** Seconds from Retry-After, when Graph sent one. */
    readonly retryAfterSeconds?: number,
  ) {
    super(`Graph ${status} ${graphCode}`);
    this.name = 'GraphHttpError';
  }
}

/** Graph's refusal in its own words for a folder's or the preview's problem: "ErrorAccessDenied: Access is denied…". */
export function problemText(error: GraphHttpError): string {
  return [error.graphCode, error.graphMessage].filter((part) => part.length > 0).join(': ') || `HTTP ${error.status}`;
}

/** The answer was not Graph's JSON (a proxy's HTML page, a truncated or oversized body). */
export class GraphUnexpectedResponse extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(`unexpected answer ${status}: ${reason}`);
    this.name = 'GraphUnexpectedResponse';
  }
}

export interface GraphClientOptions {
  endpoint: GraphEndpoint;
  agent: https.Agent;
  accessToken: string;
  /** Aborted by the test's deadline or its Cancel button; ends the request in flight and any wait. */
  signal: AbortSignal;
  transcript: Transcript;
  /** Milliseconds left before the test's deadline: a Retry-After beyond it is not waited for. */
  timeLeft: () => number;
}

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Retry-After in seconds (Graph sends a number; an HTTP date is accepted too), undefined if absent or unreadable. */
export function retryAfterSeconds(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d{1,6}$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * Graph's error body as an error. The token is masked before the text is cut to length: an echoed
 * token cut in half would no longer match the report's final redaction.
 */
function graphError(status: number, headers: IncomingHttpHeaders, body: string, token: string): GraphHttpError {
  let code = '';
  let text = '';
  try {
    const parsed = JSON.parse(body) as { error?: { code?: unknown; message?: unknown } };
    code = typeof parsed.error?.code === 'string' ? withoutToken(parsed.error.code, token).slice(0, 100) : '';
    text = typeof parsed.error?.message === 'string' ? withoutToken(parsed.error.message, token).slice(0, 500) : '';
  } catch {
    // Not Graph's JSON (a gateway's page): the status alone has to speak.
  }
  return new GraphHttpError(status, code, text, retryAfterSeconds(header(headers, 'retry-after')));
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The few Graph requests a connection test makes, over one trusted keep-alive connection. It asks
 * for JSON metadata only; which properties, is the callers' business (they always `$select`).
 * The token goes into the Authorization header and nowhere else: not into errors, not into the
 * transcript, which shows the request line and Graph's status and code.
 */
export class GraphClient {
  constructor(private readonly options: GraphClientOptions) {}

  get<T>(pathAndQuery: string): Promise<T> {
    return this.send<T>('GET', pathAndQuery);
  }

  post<T>(pathAndQuery: string, body: unknown): Promise<T> {
    return this.send<T>('POST', pathAndQuery, JSON.stringify(body));
  }

  /** A path and query of an absolute link Graph gave (@odata.nextLink), or undefined when it leaves this endpoint. */
  sameOriginPath(link: string): string | undefined {
    try {
      const url = new URL(link);
      return url.origin === this.options.endpoint.origin ? `${url.pathname}${url.search}` : undefined;
    } catch {
      return undefined;
    }
  }

  private async send<T>(method: 'GET' | 'POST', pathAndQuery: string, body?: string): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      const response = await this.exchange(method, pathAndQuery, body);
      if (response.status >= 200 && response.status < 300) return this.parse<T>(response);
      const error = graphError(response.status, response.headers, response.body, this.options.accessToken);
      const throttled = response.status === 429 || (response.status === 503 && error.retryAfterSeconds !== undefined);
      const waitMs = (error.retryAfterSeconds ?? 1) * 1000;
      // Waiting longer than the test has left would only turn a clear "throttled" into a timeout.
      if (
        !throttled ||
        attempt >= MAX_THROTTLE_RETRIES ||
        waitMs > MAX_RETRY_WAIT_MS ||
        waitMs >= this.options.timeLeft()
      )
        throw error;
      this.options.transcript.note(`throttled, retrying after ${waitMs / 1000} s`);
      await wait(waitMs, this.options.signal);
    }
  }

  private parse<T>(response: RawResponse): T {
    if (response.status === 204 || response.body.length === 0) return {} as T;
    try {
      return JSON.parse(response.body) as T;
    } catch {
      throw new GraphUnexpectedResponse(response.status, 'not JSON');
    }
  }

  private exchange(method: string, pathAndQuery: string, body?: string): Promise<RawResponse> {
    const { endpoint, agent, accessToken, signal, transcript } = this.options;
    transcript.client(`${method} ${pathAndQuery}`);
    return new Promise<RawResponse>((resolve, reject) => {
      const request = https.request(
        {
          host: endpoint.host,
          port: endpoint.port,
          method,
          path: pathAndQuery,
          agent,
          signal,
          headers: {
            authorization: `Bearer ${accessToken}`,
            accept: 'application/json',
            ...(body === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_RESPONSE_BYTES) {
              response.destroy();
              reject(new GraphUnexpectedResponse(response.statusCode ?? 0, `more than ${MAX_RESPONSE_BYTES} bytes`));
              return;
            }
            chunks.push(chunk);
          });
          response.on('error', reject);
          response.on('end', () => {
            const status = response.statusCode ?? 0;
            const text = Buffer.concat(chunks).toString('utf8');
            transcript.server(`${status} ${response.statusMessage ?? ''} (${size} bytes)`.trim());
            if (status >= 400) {
              const error = graphError(status, response.headers, text, accessToken);
              if (error.graphCode) transcript.server(`${error.graphCode}: ${error.graphMessage}`);
            }
            resolve({ status, headers: response.headers, body: text });
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }
}
