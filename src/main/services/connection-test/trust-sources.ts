import tls from 'node:tls';
import type { TrustSource } from '../../../shared/app-info';

type Store = 'bundled' | 'system' | 'extra';

function count(store: Store): { certificates?: number; error?: string } {
  try {
    return { certificates: tls.getCACertificates(store).length };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Which certificate sources the connection test trusts on this computer, so an admin can see
 * at once whether the company's internal CA (in the Windows store) is in use.
 */
export function describeTrustSources(env: NodeJS.ProcessEnv = process.env): TrustSource[] {
  const bundled = count('bundled');
  const system = count('system');
  const extra = env.NODE_EXTRA_CA_CERTS ? count('extra') : { certificates: 0 };
  return [
    {
      name: 'Operating system certificate store',
      ...(system.certificates === undefined ? {} : { certificates: system.certificates }),
      note:
        system.error !== undefined
          ? `not readable here (${system.error}); internal CAs must be given as a CA file per account`
          : 'includes the internal CAs that Windows trusts (Group Policy, certlm.msc)',
    },
    {
      name: 'Mozilla root certificates built into Node.js',
      ...(bundled.certificates === undefined ? {} : { certificates: bundled.certificates }),
      note: 'public certificate authorities',
    },
    {
      name: 'NODE_EXTRA_CA_CERTS',
      ...(extra.certificates === undefined ? {} : { certificates: extra.certificates }),
      note: env.NODE_EXTRA_CA_CERTS ? `from ${env.NODE_EXTRA_CA_CERTS}` : 'not set',
    },
    {
      name: 'Per account',
      note: 'a CA file or a trusted certificate fingerprint, where an account has one',
    },
  ];
}
