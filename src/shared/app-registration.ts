import { z } from 'zod';
import { CLIENT_CREDENTIALS, type ConnectionMethod } from './account-defaults';
import { isEncrypted, type Encryption } from './encryption';
import { schemaMessage } from './schema-message';

/*
 * The fields of an Entra ID app registration, for the Microsoft 365 methods (issue 16): which
 * tenant, which application, how it proves itself and where it signs in. IMAP with a password
 * leaves them unset.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
/** A sign-in host as MSAL's authority takes it: a name (or IPv4 address), a port only for a test's own issuer. */
const AUTHORITY_HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::\d{1,5})?$/i;

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** Trimmed text; blank is "not set" (the method's own check says whether the field is needed), else checked and lower-cased. */
function optionalLowerCase(valid: (value: string) => boolean, invalid: Parameters<typeof schemaMessage>[0]) {
  return z
    .string()
    .max(1000)
    .transform((value) => value.trim())
    .check((ctx) => {
      if (ctx.value !== '' && !valid(ctx.value))
        ctx.issues.push({ code: 'custom', message: schemaMessage(invalid), input: ctx.value });
    })
    .transform((value) => (value === '' ? undefined : value.toLowerCase()))
    .optional();
}

export const appRegistrationFields = {
  /** The directory: its ID (a GUID) or one of its domains; "common" and "organizations" cannot sign in an app. */
  tenant: optionalLowerCase((value) => isGuid(value) || DOMAIN.test(value), 'validation.tenant.invalid'),
  /** The application (client) ID of the app registration. */
  clientId: optionalLowerCase(isGuid, 'validation.clientId.invalid'),
  clientCredential: z.enum(CLIENT_CREDENTIALS).optional(),
  /** Where tokens come from: login.microsoftonline.com in the global cloud (microsoft-clouds.ts). */
  authorityHost: optionalLowerCase((value) => AUTHORITY_HOST.test(value), 'validation.authorityHost.invalid'),
};

interface AppRegistrationValues {
  method: ConnectionMethod;
  tenant?: string | undefined;
  clientId?: string | undefined;
  clientCredential?: string | undefined;
  authorityHost?: string | undefined;
  userName: string;
  sharedMailboxAlias?: string | undefined;
  encryption: Encryption;
}

type Issue = { code: 'custom'; path: string[]; message: string; input: unknown };

const issue = (field: string, key: Parameters<typeof schemaMessage>[0], input: unknown): Issue => ({
  code: 'custom',
  path: [field],
  message: schemaMessage(key),
  input,
});

/**
 * What a Microsoft 365 method needs beyond the fields' own checks: the app registration, the mailbox
 * as an address (app-only tokens name no user: the mailbox is named at sign-in), no shared-mailbox
 * alias (that is Exchange on-premises' password way) and an encrypted connection for the token.
 */
export function appRegistrationIssues(values: AppRegistrationValues): Issue[] {
  const issues: Issue[] = [];
  if (!values.tenant) issues.push(issue('tenant', 'validation.tenant.empty', values.tenant));
  if (!values.clientId) issues.push(issue('clientId', 'validation.clientId.empty', values.clientId));
  if (!values.authorityHost)
    issues.push(issue('authorityHost', 'validation.authorityHost.empty', values.authorityHost));
  if (!values.clientCredential)
    issues.push(issue('clientCredential', 'validation.clientCredential.empty', values.clientCredential));
  if (!z.email({ pattern: z.regexes.html5Email }).safeParse(values.userName).success)
    issues.push(issue('userName', 'validation.mailbox.address', values.userName));
  if (values.sharedMailboxAlias)
    issues.push(issue('sharedMailboxAlias', 'validation.alias.appRegistration', values.sharedMailboxAlias));
  if (!isEncrypted(values.encryption))
    issues.push(issue('encryption', 'validation.encryption.appRegistration', values.encryption));
  return issues;
}
