import type { Microsoft365Detection, Microsoft365Offer, Microsoft365Signal } from '../../shared/detection';
import { IMAPS_PORT } from '../../shared/encryption';
import { message } from '../../shared/i18n/message';
import { MICROSOFT_CLOUDS, type MicrosoftCloudName } from '../../shared/microsoft-clouds';
import type { MailDomainRecords } from './mail-domain-records';

/** Graph is HTTPS on its standard port: the form's port for the graph method. */
const GRAPH_PORT = 443;

/**
 * What each cloud's tenants leave in names and DNS: the initial domain every tenant gets
 * (Entra ID "Add your custom domain name"), the MX host Exchange Online Protection gives a
 * domain and the autodiscover alias of "DNS records for Microsoft 365" (one page per cloud).
 * Suffixes start with a dot, so evil-onmicrosoft.com does not match.
 */
const CLOUD_MARKS: Record<MicrosoftCloudName, { tenantDomain: string; mx: string; autodiscover: string }> = {
  global: {
    tenantDomain: '.onmicrosoft.com',
    mx: '.mail.protection.outlook.com',
    autodiscover: 'autodiscover.outlook.com',
  },
  usGovernment: {
    tenantDomain: '.onmicrosoft.us',
    mx: '.mail.protection.office365.us',
    autodiscover: 'autodiscover-s.office365.us',
  },
  china: {
    tenantDomain: '.partner.onmschina.cn',
    mx: '.mail.protection.partner.outlook.cn',
    autodiscover: 'autodiscover.partner.outlook.cn',
  },
};

const CLOUDS = Object.keys(MICROSOFT_CLOUDS) as MicrosoftCloudName[];

/** A DNS name as compared here: lower case, without the root's trailing dot. */
function normalised(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

/** The domain of an e-mail address, or undefined when there is none to look at. */
export function domainOfAddress(address: string | undefined): string | undefined {
  const at = address?.lastIndexOf('@') ?? -1;
  if (!address || at < 1) return undefined;
  const domain = normalised(address.slice(at + 1));
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) ? domain : undefined;
}

/** True for a domain DNS must be asked about: a tenant's initial domain already says everything. */
export function needsDnsLookup(domain: string): boolean {
  return !CLOUDS.some((cloud) => domain.endsWith(CLOUD_MARKS[cloud].tenantDomain));
}

function signalsOf(
  cloud: MicrosoftCloudName,
  server: string,
  domain: string | undefined,
  records: MailDomainRecords | undefined,
): Microsoft365Signal[] {
  const marks = CLOUD_MARKS[cloud];
  const hosts = MICROSOFT_CLOUDS[cloud];
  const host = normalised(server);
  const signals: Microsoft365Signal[] = [];
  if (host === hosts.imapHost || host === hosts.graphHost) signals.push({ kind: 'serviceHost', value: host });
  if (domain?.endsWith(marks.tenantDomain)) signals.push({ kind: 'tenantDomain', value: domain });
  const mx = records?.mx.map(normalised).find((exchange) => exchange.endsWith(marks.mx));
  if (mx) signals.push({ kind: 'mx', value: mx });
  const alias = records?.autodiscover.map(normalised).find((target) => target === marks.autodiscover);
  if (alias) signals.push({ kind: 'autodiscover', value: alias });
  return signals;
}

/** IMAP with OAuth 2.0 first (closest to what the admin set up today), then Graph; both with the cloud's hosts. */
export function microsoft365Offers(cloud: MicrosoftCloudName): Microsoft365Offer[] {
  const { authorityHost, imapHost, graphHost } = MICROSOFT_CLOUDS[cloud];
  return [
    {
      method: 'imap-oauth',
      server: imapHost,
      port: IMAPS_PORT,
      encryption: 'tls',
      authorityHost,
      reason: message('detect.m365.offer.imapOauth', { server: imapHost, port: IMAPS_PORT }),
    },
    {
      method: 'graph',
      server: graphHost,
      port: GRAPH_PORT,
      encryption: 'tls',
      authorityHost,
      reason: message('detect.m365.offer.graph', { server: graphHost, read: 'Mail.Read', readWrite: 'Mail.ReadWrite' }),
    },
  ];
}

/**
 * "This looks like Microsoft 365", from the server name, the address's domain and (when looked
 * up) the domain's MX and autodiscover records. The cloud with the most signals wins; the
 * server's own name counts first, since that is where the login would go.
 */
export function recognizeMicrosoft365(input: {
  server: string;
  emailAddress?: string | undefined;
  records?: MailDomainRecords | undefined;
}): Microsoft365Detection | undefined {
  const domain = domainOfAddress(input.emailAddress);
  const ranked = CLOUDS.map((cloud) => ({ cloud, signals: signalsOf(cloud, input.server, domain, input.records) }))
    .filter((candidate) => candidate.signals.length > 0)
    .sort(
      (a, b) =>
        Number(b.signals[0]?.kind === 'serviceHost') - Number(a.signals[0]?.kind === 'serviceHost') ||
        b.signals.length - a.signals.length,
    );
  const best = ranked[0];
  return best ? { cloud: best.cloud, signals: best.signals, offers: microsoft365Offers(best.cloud) } : undefined;
}
