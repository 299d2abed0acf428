import { literal, message, messageList, type Message } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/en';

/*
 * The PowerShell an admin pastes from a hint, filled with the account's values. Values are quoted
 * for PowerShell (which also takes typographic quotes as quotes), and an ID that is not a GUID is
 * never pasted into a command: a placeholder in the reader's language stands in for it.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A single-quoted PowerShell string: nothing inside is expanded; quotes are doubled. */
export function powerShellQuoted(value: string): string {
  return `'${value.replace(/['‘’‚‛]/g, '$&$&')}'`;
}

/** A double-quoted PowerShell string holding an OPATH filter `Property -eq 'value'`. */
export function opathEqualsFilter(property: string, value: string): string {
  const opath = `${property} -eq '${value.replace(/'/g, "''")}'`;
  return `"${opath.replace(/[`$"“”„]/g, '`$&')}"`;
}

function idOrPlaceholder(id: string | undefined, placeholder: MessageKey): Message {
  return id !== undefined && GUID.test(id) ? literal(id) : message(placeholder);
}

/** Commands joined by "; ": one line PowerShell runs as it is. */
function commandLine(parts: readonly (string | Message)[]): Message {
  return messageList(
    parts.map((part) => (typeof part === 'string' ? literal(part) : part)),
    '',
  );
}

export interface AppIds {
  /** The application (client) ID. */
  clientId?: string;
  /** The object ID of the enterprise application (service principal) in this tenant. */
  servicePrincipalId?: string;
}

/** Exchange's management scope names are at most 64 characters. */
function scopeNameOf(mailbox: string): string {
  return `Mailbox Connect ${mailbox}`.slice(0, 64);
}

/**
 * RBAC for Applications, scoped to this one mailbox: register the service principal in Exchange
 * Online, a management scope for the mailbox, the role assignment, and the check that shows
 * whether the mailbox is in scope. Mail.ReadWrite, because document processing moves mail.
 */
export function rbacForApplicationsLine(mailbox: string, ids: AppIds): Message {
  const app = idOrPlaceholder(ids.servicePrincipalId, 'graph.placeholder.servicePrincipalId');
  const client = idOrPlaceholder(ids.clientId, 'graph.placeholder.clientId');
  const scope = powerShellQuoted(scopeNameOf(mailbox));
  return commandLine([
    'New-ServicePrincipal -AppId ',
    client,
    ' -ObjectId ',
    app,
    `; New-ManagementScope -Name ${scope} -RecipientRestrictionFilter ${opathEqualsFilter('PrimarySmtpAddress', mailbox)}`,
    '; New-ManagementRoleAssignment -App ',
    app,
    ` -Role 'Application Mail.ReadWrite' -CustomResourceScope ${scope}`,
    '; Test-ServicePrincipalAuthorization -Identity ',
    app,
    ` -Resource ${powerShellQuoted(mailbox)}`,
  ]);
}

/** Whether an application access policy lets the app reach this mailbox. */
export function accessPolicyTestLine(mailbox: string, ids: AppIds): Message {
  return commandLine([
    `Test-ApplicationAccessPolicy -Identity ${powerShellQuoted(mailbox)} -AppId `,
    idOrPlaceholder(ids.clientId, 'graph.placeholder.clientId'),
  ]);
}
