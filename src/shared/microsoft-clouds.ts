/**
 * The Microsoft clouds an app-only account can live in. Each is a separate Entra ID with its own
 * sign-in host and its own Exchange Online and Graph hosts: a tenant of one cloud is unknown to the
 * others (AADSTS90002), and a token for one cloud's resource is refused by another's servers.
 * Hosts from Microsoft's "national cloud deployments" (Graph) and the Exchange Online endpoints of
 * GCC High and 21Vianet; GCC (moderate) tenants use the global cloud. The account keeps the hosts
 * themselves (authorityHost, server), so a test can point them at servers on this machine.
 */
export interface MicrosoftCloud {
  /** Entra ID's sign-in host: the authority is https://<host>/<tenant>. */
  authorityHost: string;
  /** Exchange Online's IMAP host (port 993), also the resource of the IMAP token. */
  imapHost: string;
  /** Microsoft Graph's host, also the resource of the Graph token. */
  graphHost: string;
}

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
} as const satisfies Record<string, MicrosoftCloud>;

export type MicrosoftCloudName = keyof typeof MICROSOFT_CLOUDS;

export const DEFAULT_CLOUD: MicrosoftCloud = MICROSOFT_CLOUDS.global;

/** The token's resource for a host: `https://outlook.office365.com`, scope `<resource>/.default`. */
export function resourceOf(host: string): string {
  return `https://${host}`;
}

/** The cloud whose sign-in host this is, if it is one of Microsoft's; undefined for any other host (a test's issuer). */
export function cloudOfAuthority(authorityHost: string): MicrosoftCloudName | undefined {
  const host = authorityHost.trim().toLowerCase();
  return (Object.keys(MICROSOFT_CLOUDS) as MicrosoftCloudName[]).find(
    (cloud) => MICROSOFT_CLOUDS[cloud].authorityHost === host,
  );
}
