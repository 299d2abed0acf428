import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBoundedText } from '../../src/core/read-bounded-file';

describe('readBoundedText', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mc-bounded-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads a file of exactly the limit, and refuses one byte more with its size', async () => {
    const file = path.join(root, 'limit.json');
    writeFileSync(file, 'ä'.repeat(512));
    expect(await readBoundedText(file, 1024)).toEqual({ ok: true, text: 'ä'.repeat(512), bytes: 1024 });
    writeFileSync(file, `${'ä'.repeat(512)}!`);
    expect(await readBoundedText(file, 1024)).toEqual({ ok: false, tooLarge: true, bytes: 1025 });
  });

  it('stops a source without a size (a FIFO) at the limit instead of reading all of it', async () => {
    const fifo = path.join(root, 'endless');
    execFileSync('mkfifo', [fifo]);
    // Bounded writer: 8 MiB at most, and it ends by itself when the reader closes (SIGPIPE).
    const writer = spawn('sh', ['-c', `head -c 8388608 /dev/zero > '${fifo}'`], { stdio: 'ignore' });
    const ended = new Promise((resolve) => writer.on('close', resolve));
    expect(await readBoundedText(fifo, 4096)).toMatchObject({ ok: false, tooLarge: true });
    await ended;
  });
});
