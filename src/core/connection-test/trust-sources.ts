import tls from 'node:tls';
import type { TrustSource } from '../../shared/app-info';
import { message } from '../../shared/i18n/message';

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
      name: message('trust.system.name'),
      ...(system.certificates === undefined ? {} : { certificates: system.certificates }),
      note:
        system.error !== undefined
          ? message('trust.system.unreadable', { reason: system.error })
          : message('trust.system.note'),
    },
    {
      name: message('trust.bundled.name'),
      ...(bundled.certificates === undefined ? {} : { certificates: bundled.certificates }),
      note: message('trust.bundled.note'),
    },
    {
      name: message('trust.extra.name'),
      ...(extra.certificates === undefined ? {} : { certificates: extra.certificates }),
      note: env.NODE_EXTRA_CA_CERTS
        ? message('trust.extra.from', { file: env.NODE_EXTRA_CA_CERTS })
        : message('trust.extra.unset'),
    },
    {
      name: message('trust.account.name'),
      note: message('trust.account.note'),
    },
  ];
}
