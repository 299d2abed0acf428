import { describe, expect, it } from 'vitest';
import { folderPathSegments } from '../../../src/core/graph/graph-folders';
import { mailboxPath, odataString, queryString } from '../../../src/core/graph/odata';

describe('OData pieces of Graph URLs', () => {
  it('doubles apostrophes inside a string literal', () => {
    expect(odataString("O'Neill")).toBe("'O''Neill'");
    expect(odataString("''")).toBe("''''''");
    expect(odataString('Rechnungen')).toBe("'Rechnungen'");
  });

  it('percent-encodes query values so that &, #, + and % stay characters', () => {
    const query = queryString({ $filter: `displayName eq ${odataString('A&B #1 + 50%')}`, $top: 100 });
    expect(query).toBe("?$filter=displayName%20eq%20'A%26B%20%231%20%2B%2050%25'&$top=100");
    expect(new URLSearchParams(query).get('$filter')).toBe("displayName eq 'A&B #1 + 50%'");
    expect(queryString({})).toBe('');
  });

  it('keeps a mailbox address one path segment', () => {
    expect(mailboxPath('invoices@contoso.com')).toBe('/v1.0/users/invoices%40contoso.com');
    expect(mailboxPath('a/../b?x')).toBe('/v1.0/users/a%2F..%2Fb%3Fx');
  });
});

describe('processing folder paths', () => {
  it('start below the Inbox for INBOX/…, whatever its case, and at the top otherwise', () => {
    expect(folderPathSegments('INBOX/Processed/2026')).toEqual({ underInbox: true, segments: ['Processed', '2026'] });
    expect(folderPathSegments('Inbox/Failed')).toEqual({ underInbox: true, segments: ['Failed'] });
    expect(folderPathSegments('SuccessProcessing')).toEqual({ underInbox: false, segments: ['SuccessProcessing'] });
    expect(folderPathSegments('/Archive//2026/')).toEqual({ underInbox: false, segments: ['Archive', '2026'] });
  });
});
