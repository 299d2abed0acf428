import type { MessageKey } from './i18n';
import type { Message } from './i18n/message';

/**
 * The Microsoft documentation the app's Exchange advice relies on (issue 15, item 12). Each hint
 * that names a cmdlet or an Exchange setting links to its page; the window hands the link to the
 * system browser only through main's https allow-list (src/main/window.ts), which a test checks
 * every address here against.
 */
export const HELP_TOPICS = {
  configureImap4: {
    title: 'help.topic.configureImap4',
    url: 'https://learn.microsoft.com/exchange/clients/pop3-and-imap4/configure-imap4',
  },
  setService: {
    cmdlet: 'Set-Service',
    url: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/set-service',
  },
  setCasMailbox: {
    cmdlet: 'Set-CASMailbox',
    url: 'https://learn.microsoft.com/powershell/module/exchange/set-casmailbox',
  },
  setImapSettings: {
    cmdlet: 'Set-ImapSettings',
    url: 'https://learn.microsoft.com/powershell/module/exchange/set-imapsettings',
  },
  addMailboxPermission: {
    cmdlet: 'Add-MailboxPermission',
    url: 'https://learn.microsoft.com/powershell/module/exchange/add-mailboxpermission',
  },
  getExchangeCertificate: {
    cmdlet: 'Get-ExchangeCertificate',
    url: 'https://learn.microsoft.com/powershell/module/exchange/get-exchangecertificate',
  },
  exchangeCertificates: {
    title: 'help.topic.exchangeCertificates',
    url: 'https://learn.microsoft.com/exchange/architecture/client-access/certificates',
  },
  // Issue 16: registering an app's service principal in Exchange Online (IMAP with OAuth 2.0)
  // Issue 16: Microsoft Graph (app-only) hints
  applicationRbac: {
    title: 'help.topic.applicationRbac',
    url: 'https://learn.microsoft.com/exchange/permissions-exo/application-rbac',
  },
  newServicePrincipal: {
    cmdlet: 'New-ServicePrincipal',
    url: 'https://learn.microsoft.com/powershell/module/exchange/new-serviceprincipal',
  },
  newManagementScope: {
    cmdlet: 'New-ManagementScope',
    url: 'https://learn.microsoft.com/powershell/module/exchange/new-managementscope',
  },
  newManagementRoleAssignment: {
    cmdlet: 'New-ManagementRoleAssignment',
    url: 'https://learn.microsoft.com/powershell/module/exchange/new-managementroleassignment',
  },
  testServicePrincipalAuthorization: {
    cmdlet: 'Test-ServicePrincipalAuthorization',
    url: 'https://learn.microsoft.com/powershell/module/exchange/test-serviceprincipalauthorization',
  },
  testApplicationAccessPolicy: {
    cmdlet: 'Test-ApplicationAccessPolicy',
    url: 'https://learn.microsoft.com/powershell/module/exchange/test-applicationaccesspolicy',
  },
} as const satisfies Record<string, HelpLink>;

/** A documentation page: named by its cmdlet (the same in every language) or by a translated title. */
export type HelpLink = { cmdlet: string; url: `https://${string}` } | { title: MessageKey; url: `https://${string}` };

export type HelpTopic = keyof typeof HELP_TOPICS;

/** The hints (and form texts) that give Exchange advice, and the pages that advice comes from. */
const TOPICS_OF_TEXT: Partial<Readonly<Record<MessageKey, readonly HelpTopic[]>>> = {
  'failure.refused993.hint': ['configureImap4', 'setService'],
  'failure.refused.hint': ['configureImap4'],
  'failure.authFailed.hint': ['setCasMailbox', 'configureImap4'],
  'failure.starttlsRefused.hint': ['setImapSettings', 'exchangeCertificates'],
  'failure.mailbox.hint': ['addMailboxPermission'],
  'failure.certChanged.hint': ['getExchangeCertificate'],
  'failure.certExpired.hint': ['exchangeCertificates', 'setImapSettings'],
  'failure.selfSigned.hint': ['getExchangeCertificate'],
  'form.sharedMailboxAlias.hint': ['addMailboxPermission'],
  'certificate.trustAdvice': ['getExchangeCertificate'],
  'failure.oauthImapNotAuthorized.hint': ['newServicePrincipal', 'addMailboxPermission'],
  'failure.oauthMailboxNoAccess.hint': ['addMailboxPermission', 'setCasMailbox'],
  // Issue 16: the Graph hints' PowerShell lines (src/core/graph/powershell-lines.ts)
  'graph.failure.permissionMissing.hint': [
    'applicationRbac',
    'newServicePrincipal',
    'newManagementScope',
    'newManagementRoleAssignment',
    'testServicePrincipalAuthorization',
  ],
  'graph.failure.accessPolicy.hint': [
    'testApplicationAccessPolicy',
    'applicationRbac',
    'newManagementRoleAssignment',
    'testServicePrincipalAuthorization',
  ],
};

/** The topics behind a text by its key. */
export function helpTopicsOfKey(key: MessageKey): readonly HelpTopic[] {
  return TOPICS_OF_TEXT[key] ?? [];
}

/** The topics behind a message, in order and once each, whatever it is made of. */
export function helpTopicsOf(shown: Message | undefined): HelpTopic[] {
  if (!shown) return [];
  if ('list' in shown) return [...new Set(shown.list.flatMap((part) => helpTopicsOf(part)))];
  return 'key' in shown ? [...helpTopicsOfKey(shown.key)] : [];
}

/** The help of each page (F1): its text and the documentation it points to. */
export const PAGE_HELP = {
  accounts: {
    title: 'help.accounts.title',
    paragraphs: ['help.accounts.steps', 'help.accounts.exchange'],
    topics: ['configureImap4', 'setCasMailbox', 'setImapSettings', 'addMailboxPermission', 'getExchangeCertificate'],
  },
  overview: {
    title: 'help.overview.title',
    paragraphs: ['help.overview.text'],
    topics: ['configureImap4'],
  },
} as const satisfies Record<
  string,
  { title: MessageKey; paragraphs: readonly MessageKey[]; topics: readonly HelpTopic[] }
>;

export type HelpPage = keyof typeof PAGE_HELP;
