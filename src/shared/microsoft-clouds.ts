/**
 * Microsoft's national clouds: each has its own sign-in (authority) host and its own Exchange Online
 * and Graph hosts. The account keeps the hosts themselves (authorityHost, server), so a test can
 * point them at servers on this machine; the form offers these as the usual choices.
 */
export const MICROSOFT_CLOUDS = {
  global: {
    authorityHost: 'login.microsoftonline.com',
    imapHost: 'outlook.office365.com',
    graphHost: 'graph.microsoft.com',
  },
  usGovernment: {
    authorityHost: 'login.microsoftonline.us',
    imapHost: 'outlook.office365.us',
    graphHost: 'graph.microsoft.us',
  },
  china: {
    authorityHost: 'login.chinacloudapi.cn',
    imapHost: 'partner.outlook.cn',
    graphHost: 'microsoftgraph.chinacloudapi.cn',
  },
} as const satisfies Record<string, { authorityHost: string; imapHost: string; graphHost: string }>;

export type MicrosoftCloud = keyof typeof MICROSOFT_CLOUDS;

/** The cloud whose sign-in host this is, if it is one of Microsoft's; undefined for any other host. */
export function cloudOfAuthority(authorityHost: string): MicrosoftCloud | undefined {
  const host = authorityHost.trim().toLowerCase();
  return (Object.keys(MICROSOFT_CLOUDS) as MicrosoftCloud[]).find(
    (cloud) => MICROSOFT_CLOUDS[cloud].authorityHost === host,
  );
}
