import { Resolver } from 'node:dns/promises';

/** What the domain's DNS says about where its mail lives. */
export interface MailDomainRecords {
  /** The MX hosts, as the records name them. */
  mx: string[];
  /** Where autodiscover.<domain> is an alias of (CNAME), if it is one. */
  autodiscover: string[];
}

export interface MailDomainLookup {
  /** DNS servers to ask ("127.0.0.1:5353"); the system's when absent. Tests point this at a local server. */
  dnsServers?: readonly string[];
  signal: AbortSignal;
}

/** One answer's wait per try: an unanswered query must not hold the detection up until its deadline. */
const QUERY_TIMEOUT_MS = 1500;

/**
 * The domain's MX and autodiscover records, asked at once. Any failure (no such record, no DNS
 * server, the deadline) is an empty list: the records only add a hint, they never fail detection.
 */
export async function lookUpMailDomain(domain: string, lookup: MailDomainLookup): Promise<MailDomainRecords> {
  const resolver = new Resolver({ timeout: QUERY_TIMEOUT_MS, tries: 2 });
  if (lookup.dnsServers) resolver.setServers([...lookup.dnsServers]);
  const cancel = () => resolver.cancel();
  if (lookup.signal.aborted) return { mx: [], autodiscover: [] };
  lookup.signal.addEventListener('abort', cancel, { once: true });
  try {
    const [mx, autodiscover] = await Promise.allSettled([
      resolver.resolveMx(domain),
      resolver.resolveCname(`autodiscover.${domain}`),
    ]);
    return {
      mx: mx.status === 'fulfilled' ? mx.value.map((record) => record.exchange) : [],
      autodiscover: autodiscover.status === 'fulfilled' ? autodiscover.value : [],
    };
  } finally {
    lookup.signal.removeEventListener('abort', cancel);
  }
}
