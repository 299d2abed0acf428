import { literal, messageList, type Message } from '../../shared/i18n/message';
import { ipcArgumentSchemas, type IpcHandlers, type IpcReply } from '../../shared/ipc';
import { issueAtPath } from '../../shared/schema-message';
import { API_METHODS, type ApiMethod } from '../../shared/ipc-channels';

/** Upper bound for one message: no form needs more, and it keeps a hostile renderer from exhausting memory. */
export const MAX_ARGUMENT_BYTES = 256 * 1024;

export function isApiMethod(value: string): value is ApiMethod {
  return (API_METHODS as readonly string[]).includes(value);
}

function hasPollutingKeys(value: unknown, depth = 0): boolean {
  if (depth > 20 || typeof value !== 'object' || value === null) return false;
  return Object.keys(value).some(
    (key) =>
      key === '__proto__' ||
      key === 'constructor' ||
      key === 'prototype' ||
      hasPollutingKeys((value as Record<string, unknown>)[key], depth + 1),
  );
}

// A renderer bug or a hostile page, never the form (which checks first): a developer's words, in English.
function invalid(message: string | Message): IpcReply<never> {
  return {
    ok: false,
    error: { code: 'INVALID_ARGUMENT', message: typeof message === 'string' ? literal(message) : message },
  };
}

/**
 * Validates one message against the contract and runs its handler. Used by the Electron
 * registration and, unchanged, by the end-to-end tests that bind window.api in Chromium.
 */
export async function dispatch(handlers: IpcHandlers, method: ApiMethod, args: unknown[]): Promise<IpcReply<unknown>> {
  let size: number;
  try {
    size = JSON.stringify(args)?.length ?? 0;
  } catch {
    return invalid(`${method}: the arguments cannot be serialised.`);
  }
  if (size > MAX_ARGUMENT_BYTES)
    return invalid(`${method}: the arguments are larger than ${MAX_ARGUMENT_BYTES} bytes.`);
  if (hasPollutingKeys(args)) return invalid(`${method}: the arguments contain a forbidden key.`);
  const parsed = ipcArgumentSchemas[method].safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return invalid(`${method}: invalid arguments`);
    // A shared schema's own message (a key) stays one, so it is shown in the window's language.
    return invalid(messageList([literal(method), issueAtPath(issue, literal('arguments'))], ': '));
  }
  try {
    const handler = handlers[method] as (...values: unknown[]) => Promise<IpcReply<unknown>>;
    return await handler(...(parsed.data as unknown[]));
  } catch (error) {
    // Unexpected: report without internals; the message never contains a password (none is thrown).
    const reason = error instanceof Error ? error.name : 'Error';
    return { ok: false, error: { code: 'INTERNAL', message: literal(`${method} failed unexpectedly (${reason}).`) } };
  }
}
