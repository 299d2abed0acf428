import { open } from 'node:fs/promises';

export type BoundedRead = { ok: true; text: string; bytes: number } | { ok: false; tooLarge: true; bytes: number };

/**
 * Reads a file as UTF-8 text, never more than `maxBytes`, through one open file: a size checked
 * first and read later could grow in between, and a FIFO or device has no size at all.
 */
export async function readBoundedText(path: string, maxBytes: number): Promise<BoundedRead> {
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
    return { ok: true, text: buffer.subarray(0, filled).toString('utf8'), bytes: filled };
  } finally {
    await file.close();
  }
}
