import type { MessageKey } from '../../shared/i18n/en';
import { literal, message, messageList, type Message } from '../../shared/i18n/message';

/*
 * The PowerShell lines inside a failure's hint, as blocks the admin copies (issue 16). The hint's
 * sentence names the command; the line itself is rebuilt here from the hint's parameters, so what
 * is copied is exactly the command, never the sentence around it.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A value from a token or the form, pasted into a command only as a GUID; anything else is a placeholder in words. */
function guidOr(value: unknown, placeholder: MessageKey): Message {
  return typeof value === 'string' && GUID.test(value) ? literal(value) : message(placeholder);
}

/** One command line from its parts: text as it is, IDs as guidOr gave them. */
function line(...parts: (string | Message)[]): Message {
  return messageList(
    parts.map((part) => (typeof part === 'string' ? literal(part) : part)),
    '',
  );
}

/**
 * A single-quoted PowerShell string, quotes doubled (PowerShell takes typographic quotes as quotes
 * too). The core's powershell-lines.ts has the same rule; the window cannot import the core.
 */
function quoted(value: unknown): string {
  return `'${String(value).replace(/['‘’‚‛]/g, '$&$&')}'`;
}

type Params = Readonly<Record<string, unknown>>;
const messageParam = (params: Params, name: string): Message[] => {
  const value = params[name];
  return typeof value === 'object' && value !== null ? [value as Message] : [];
};

/** Each hint with PowerShell in it: the lines, in the order the hint names them. */
const LINES_OF_HINT: Partial<Record<MessageKey, (params: Params) => Message[]>> = {
  'failure.oauthImapNotAuthorized.hint': (params) => [
    line(
      'New-ServicePrincipal -AppId ',
      guidOr(params.clientId, 'graph.placeholder.clientId'),
      ' -ObjectId ',
      guidOr(params.objectId, 'graph.placeholder.servicePrincipalId'),
    ),
  ],
  'failure.oauthMailboxNoAccess.hint': (params) => [
    line(
      `Add-MailboxPermission -Identity ${quoted(params.mailbox)} -User `,
      guidOr(params.servicePrincipalId, 'graph.placeholder.servicePrincipalId'),
      ' -AccessRights FullAccess',
    ),
    line(`Set-CASMailbox -Identity ${quoted(params.mailbox)} -ImapEnabled $true`),
  ],
  // Microsoft Graph's hints carry their lines as parameters already (src/core/graph/powershell-lines.ts).
  'graph.failure.permissionMissing.hint': (params) => messageParam(params, 'rbac'),
  'graph.failure.accessPolicy.hint': (params) => [...messageParam(params, 'test'), ...messageParam(params, 'rbac')],
};

/** The PowerShell lines a hint asks the admin to run; none for a hint without any. */
export function powerShellLinesOf(hint: Message | undefined): Message[] {
  if (!hint || !('key' in hint)) return [];
  return LINES_OF_HINT[hint.key]?.(hint.params ?? {}) ?? [];
}
