import { describe, expect, it } from 'vitest';
import type { MessageStructureObject } from 'imapflow';
import { documentKindsOf } from '../../../src/core/connection-test/document-attachments';

const part = (type: string, extra: Partial<MessageStructureObject> = {}): MessageStructureObject => ({
  type,
  ...extra,
});

describe('documents in a BODYSTRUCTURE', () => {
  it('finds PDFs and XML e-invoices by type or by file name, in nested multiparts', () => {
    const forwarded = part('multipart/mixed', {
      childNodes: [
        part('multipart/alternative', { childNodes: [part('text/plain'), part('text/html')] }),
        part('multipart/mixed', {
          childNodes: [part('application/octet-stream', { dispositionParameters: { filename: 'SCAN.PDF' } })],
        }),
        part('text/xml', { parameters: { name: 'zugferd-invoice.xml' } }),
      ],
    });
    expect(documentKindsOf(forwarded)).toEqual({ pdf: true, xml: true });
    expect(documentKindsOf(part('APPLICATION/PDF'))).toEqual({ pdf: true, xml: false });
    expect(documentKindsOf(part('application/octet-stream', { parameters: { name: 'x.xml' } }))).toEqual({
      pdf: false,
      xml: true,
    });
  });

  it('counts nothing in text, images or a missing structure', () => {
    expect(documentKindsOf(part('text/plain'))).toEqual({ pdf: false, xml: false });
    expect(documentKindsOf(part('multipart/related', { childNodes: [part('text/html'), part('image/png')] }))).toEqual({
      pdf: false,
      xml: false,
    });
    expect(documentKindsOf(undefined)).toEqual({ pdf: false, xml: false });
  });

  it('copes with a hostile, very deep nesting without overflowing the stack', () => {
    let node = part('application/pdf');
    for (let depth = 0; depth < 50_000; depth += 1) node = part('multipart/mixed', { childNodes: [node] });
    expect(() => documentKindsOf(node)).not.toThrow();
  });
});
