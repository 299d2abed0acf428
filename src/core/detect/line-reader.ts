import type { Socket } from 'node:net';

/** Longest line held while waiting for its end, as in the connection test. */
export const MAX_LINE_BYTES = 64 * 1024;

/** What a reader may still take in all; readers of one connection (before and after STARTTLS) share it. */
export interface ReadBudget {
  bytes: number;
}

/**
 * Reads CRLF-terminated lines from a socket, one at a time, bounded in memory: a line longer than
 * MAX_LINE_BYTES fails with LINE_TOO_LONG, more bytes than the budget with TOO_MUCH_DATA (either
 * destroys the socket). `detach()` stops reading (before STARTTLS hands the socket to TLS).
 */
export function lineReader(socket: Socket, budget: ReadBudget): { next: () => Promise<string>; detach: () => void } {
  let buffer = '';
  const waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  let failure: Error | undefined;
  const deliver = () => {
    for (let end = buffer.indexOf('\n'); end >= 0 && waiting.length > 0; end = buffer.indexOf('\n')) {
      const line = buffer.slice(0, end).replace(/\r$/, '');
      buffer = buffer.slice(end + 1);
      waiting.shift()?.resolve(line);
    }
    if (failure) for (const pending of waiting.splice(0)) pending.reject(failure);
  };
  const onData = (chunk: Buffer) => {
    budget.bytes -= chunk.length;
    if (budget.bytes < 0) {
      // Lines already complete are not delivered: what the server sent beyond its budget is not read.
      failure = Object.assign(new Error('too much data'), { code: 'TOO_MUCH_DATA' });
      buffer = '';
      socket.destroy();
    } else {
      buffer += chunk.toString('latin1');
    }
    if (buffer.length > MAX_LINE_BYTES && !buffer.includes('\n')) {
      failure = Object.assign(new Error('line too long'), { code: 'LINE_TOO_LONG' });
      socket.destroy();
    }
    deliver();
  };
  const onEnd = (error?: Error) => {
    failure ??= error ?? Object.assign(new Error('connection closed'), { code: 'EConnectionClosed' });
    deliver();
  };
  socket.on('data', onData);
  socket.once('error', onEnd);
  socket.once('close', () => onEnd());
  return {
    next: () =>
      new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        deliver();
      }),
    detach: () => {
      socket.off('data', onData);
    },
  };
}
