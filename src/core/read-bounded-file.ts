import { open } from 'node:fs/promises';

export type BoundedRead = { ok: true; text: string; bytes: number } | { ok: false; tooLarge: true; bytes: number };
export type BoundedBytes = { ok: true; content: Buffer } | { ok: false; tooLarge: true; bytes: number };

/**
 * Reads a file's bytes, never more than `maxBytes`, through one open file: a size checked first and
 * read later could grow in between, and a FIFO or device has no size at all.
 */
export async function readBoundedBytes(path: string, maxBytes: number): Promise<BoundedBytes> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) return { ok: false, tooLarge: true, bytes: (await file.stat()).size };
    return { ok: true, content: buffer.subarray(0, filled) };
  } finally {
    await file.close();
  }
}

/** As readBoundedBytes, decoded as UTF-8 text. */
export async function readBoundedText(path: string, maxBytes: number): Promise<BoundedRead> {
  const read = await readBoundedBytes(path, maxBytes);
  if (!read.ok) return read;
  return { ok: true, text: read.content.toString('utf8'), bytes: read.content.length };
}
