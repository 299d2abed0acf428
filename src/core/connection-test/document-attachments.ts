import type { MessageStructureObject } from 'imapflow';

export interface DocumentKinds {
  pdf: boolean;
  xml: boolean;
}

const PDF_TYPES = new Set(['application/pdf', 'application/x-pdf']);
const XML_TYPES = new Set(['application/xml', 'text/xml']);

function fileNameOf(node: MessageStructureObject): string {
  return node.dispositionParameters?.filename ?? node.parameters?.name ?? '';
}

/**
 * Which document one part (or one Graph attachment) is, from its content type and file name alone.
 * Scanners and ERP systems often send PDFs as application/octet-stream, so a .pdf or .xml file name
 * counts as well.
 */
export function documentKindOfPart(contentType: string, fileName: string): DocumentKinds {
  // Graph gives the full header value ("application/pdf; name=…"); BODYSTRUCTURE the bare type.
  const type = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const name = fileName.toLowerCase();
  return {
    pdf: PDF_TYPES.has(type) || name.endsWith('.pdf'),
    xml: XML_TYPES.has(type) || name.endsWith('.xml'),
  };
}

/** Which documents a message carries, judged from its BODYSTRUCTURE alone. */
export function documentKindsOf(structure: MessageStructureObject | undefined): DocumentKinds {
  const kinds: DocumentKinds = { pdf: false, xml: false };
  // An explicit stack rather than recursion: a hostile server may nest parts very deeply.
  const pending = structure ? [structure] : [];
  for (let visited = 0; pending.length > 0 && visited < 10_000; visited += 1) {
    const node = pending.pop() as MessageStructureObject;
    if (node.childNodes?.length) {
      pending.push(...node.childNodes);
      continue;
    }
    const part = documentKindOfPart(node.type, fileNameOf(node));
    kinds.pdf ||= part.pdf;
    kinds.xml ||= part.xml;
  }
  return kinds;
}
