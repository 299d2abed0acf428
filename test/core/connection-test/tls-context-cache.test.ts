import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { tlsSetupFor, type SecureContextFactory } from '../../../src/core/connection-test/tls-trust';

/** Node's own factory, recording what each context was built from; a fresh one starts with an empty cache. */
function recordingFactory(): { factory: SecureContextFactory; built: tls.SecureContextOptions[] } {
  const built: tls.SecureContextOptions[] = [];
  const factory: SecureContextFactory = (options) => {
    built.push(options);
    return tls.createSecureContext(options);
  };
  return { factory, built };
}

// A real CA certificate; extra trailing newlines make distinct CA files that parse alike.
const CA_PEM = tls.rootCertificates[0] as string;
const caFile = (variant: number): string => CA_PEM + '\n'.repeat(variant);
const policy = (extraCaPem?: string) => ({
  serverName: 'mail.contoso.test',
  validate: true,
  ...(extraCaPem ? { extraCaPem } : {}),
});
const contextFor = (factory: SecureContextFactory, extraCaPem?: string) =>
  tlsSetupFor('tls', policy(extraCaPem), factory).options.secureContext;

describe('the secure contexts of the connection test', () => {
  it('trust exactly what Node trusts plus the system store, plus the account’s CA file when there is one', () => {
    const { factory, built } = recordingFactory();
    contextFor(factory);
    contextFor(factory, caFile(1));
    const stores = [...tls.getCACertificates('default'), ...tls.getCACertificates('system')];
    expect(tls.getCACertificates('system').length).toBeGreaterThan(0);
    expect(built.map((options) => options.ca)).toEqual([stores, [...stores, caFile(1)]]);
  });

  it('hold TLS and STARTTLS to TLS 1.2 or newer, even if the process default were lowered, with no runtime note', () => {
    const { factory, built } = recordingFactory();
    for (const encryption of ['tls', 'starttls'] as const) {
      const setup = tlsSetupFor(encryption, policy(), factory);
      expect(setup.note).toBeUndefined();
    }
    expect(built.map((options) => options.minVersion)).toEqual(['TLSv1.2']);
  });

  it('are built once per trust configuration and reused, even after another one was built', () => {
    const { factory, built } = recordingFactory();
    const first = contextFor(factory, caFile(1));
    const second = contextFor(factory, caFile(2));
    expect(second).not.toBe(first);
    expect(contextFor(factory, caFile(1))).toBe(first);
    expect(contextFor(factory, caFile(2))).toBe(second);
    expect(built).toHaveLength(2);
  });

  it('keep at most 16 configurations, dropping the oldest first', () => {
    const { factory, built } = recordingFactory();
    const oldest = contextFor(factory, caFile(0));
    const newer = Array.from({ length: 16 }, (_, index) => contextFor(factory, caFile(index + 1)));
    expect(built).toHaveLength(17);
    // The 16 most recent are still there...
    newer.forEach((context, index) => expect(contextFor(factory, caFile(index + 1))).toBe(context));
    expect(built).toHaveLength(17);
    // ...the oldest was dropped when the 17th came, so it is built afresh.
    expect(contextFor(factory, caFile(0))).not.toBe(oldest);
    expect(built).toHaveLength(18);
  });
});
