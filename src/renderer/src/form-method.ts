import { usesAppRegistration, type ConnectionMethod } from '../../shared/account-defaults';
import type { Encryption } from '../../shared/encryption';
import { cloudOfAuthority, MICROSOFT_CLOUDS, type MicrosoftCloudName } from '../../shared/microsoft-clouds';
import type { AccountFormState, MethodConnection } from './form-state';

/*
 * What changes in the form with the connection method (issue 16). The Microsoft 365 methods talk to
 * one cloud's hosts: Exchange Online's IMAP host on 993 (TLS), or Microsoft Graph's host on 443. What
 * was typed for one method is kept while another is chosen, so switching back loses nothing.
 */

/** Where each Microsoft 365 method connects by default: the host comes from the cloud. */
const METHOD_ENDPOINTS = {
  'imap-oauth': { hostOf: 'imapHost', port: '993', encryption: 'tls' },
  graph: { hostOf: 'graphHost', port: '443', encryption: 'tls' },
} as const satisfies Record<
  Exclude<ConnectionMethod, 'imap'>,
  { hostOf: 'imapHost' | 'graphHost'; port: string; encryption: Encryption }
>;

/** A cloud of Microsoft's, or hosts of someone else's (a test's servers, a proxy): those are edited under Advanced. */
export type FormCloud = MicrosoftCloudName | 'custom';

function connectionOf(form: AccountFormState): MethodConnection {
  return {
    server: form.server,
    port: form.port,
    encryption: form.encryption,
    userName: form.userName,
    sharedMailboxAlias: form.sharedMailboxAlias,
  };
}

/** The server a Microsoft 365 method connects to in `cloud`. */
export function cloudServerOf(method: Exclude<ConnectionMethod, 'imap'>, cloud: MicrosoftCloudName): string {
  return MICROSOFT_CLOUDS[cloud][METHOD_ENDPOINTS[method].hostOf];
}

/** The cloud the form's hosts belong to; 'custom' when the sign-in host or the server is none of a cloud's. */
export function cloudOfForm(form: AccountFormState): FormCloud {
  if (!usesAppRegistration(form.method)) return 'custom';
  const cloud = cloudOfAuthority(form.authorityHost);
  if (cloud && form.server.trim().toLowerCase() === cloudServerOf(form.method, cloud)) return cloud;
  return 'custom';
}

/** Advanced holds a host, port or encryption other than the cloud's defaults: it opens by itself to show it. */
export function hostsDifferFromCloud(form: AccountFormState): boolean {
  if (!usesAppRegistration(form.method)) return false;
  const endpoint = METHOD_ENDPOINTS[form.method];
  return cloudOfForm(form) === 'custom' || form.port !== endpoint.port || form.encryption !== endpoint.encryption;
}

/** A cloud chosen: the sign-in host and the server follow it. */
export function withCloud(form: AccountFormState, cloud: MicrosoftCloudName): AccountFormState {
  if (!usesAppRegistration(form.method)) return form;
  return { ...form, authorityHost: MICROSOFT_CLOUDS[cloud].authorityHost, server: cloudServerOf(form.method, cloud) };
}

/**
 * Another method chosen: the current method's connection is put aside, the new one's comes back
 * as it was typed, or starts from its defaults (for a Microsoft 365 method, the cloud's host, in
 * the cloud chosen so far). The mailbox name travels along when the other method has none yet.
 */
export function withMethod(form: AccountFormState, method: ConnectionMethod): AccountFormState {
  if (method === form.method) return form;
  const stashed = { ...form.otherMethods, [form.method]: connectionOf(form) };
  const { [method]: kept, ...rest } = stashed;
  const base: AccountFormState = { ...form, method, otherMethods: rest };
  if (kept) return { ...base, ...kept };
  if (!usesAppRegistration(method))
    return { ...base, server: '', port: '993', encryption: 'ssl', sharedMailboxAlias: '' };
  const cloud = cloudOfAuthority(form.authorityHost) ?? 'global';
  const endpoint = METHOD_ENDPOINTS[method];
  return {
    ...base,
    authorityHost: form.authorityHost || MICROSOFT_CLOUDS[cloud].authorityHost,
    server: cloudServerOf(method, cloud),
    port: endpoint.port,
    encryption: endpoint.encryption,
    sharedMailboxAlias: '',
    // An IMAP login such as DOMAIN\user is no mailbox address: the field starts empty then.
    userName: form.userName.includes('\\') ? '' : form.userName,
  };
}
