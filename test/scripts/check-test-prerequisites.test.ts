import { describe, expect, it } from 'vitest';
import { missingPrerequisites } from '../../scripts/check-test-prerequisites.mjs';

describe('test prerequisites check', () => {
  it('finds everything the suite needs on the machine that runs it', () => {
    expect(missingPrerequisites()).toEqual([]);
  });

  it('names each missing program and where it was looked for', () => {
    expect(missingPrerequisites({ PATH: '', CHROMIUM_PATH: '/nowhere/chromium' })).toEqual([
      'Chromium (/nowhere/chromium)',
      'openssl',
      'zip',
      'the Roboto font',
    ]);
  });
});
