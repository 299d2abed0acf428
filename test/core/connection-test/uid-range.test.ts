import { describe, expect, it } from 'vitest';
import { uidRange } from '../../../src/core/connection-test/mailbox-readiness';

describe('UIDs as an IMAP sequence set', () => {
  it('joins runs and keeps gaps, whatever the order the server listed them in', () => {
    expect(uidRange([1005, 1004, 7, 6, 5, 9, 1003])).toBe('5:7,9,1003:1005');
    expect(uidRange([42])).toBe('42');
    expect(uidRange([])).toBe('');
  });
});
