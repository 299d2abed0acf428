import path from 'node:path';

/** Where the global setup puts the test CA for NODE_EXTRA_CA_CERTS (see vitest.config.ts). */
export const TEST_CA_FILE = path.resolve(import.meta.dirname, '../../.tmp/test-ca.pem');
