import path from 'node:path';

/**
 * Where the global setup puts the test CA for NODE_EXTRA_CA_CERTS (see vitest.config.ts). One file per
 * vitest process (config and global setup run in it): two runs at once each trust their own Dovecot.
 */
export const TEST_CA_FILE = path.resolve(import.meta.dirname, `../../.tmp/test-ca-${process.pid}.pem`);
