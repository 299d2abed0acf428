import { describe, expect, it } from 'vitest';
import { Transcript } from '../../../src/core/connection-test/transcript';

describe('transcript', () => {
  it('redacts everything a client sends during LOGIN or AUTHENTICATE, and any copy of the password', () => {
    const secret = 'S3cret"Pass';
    const transcript = new Transcript([secret]);
    transcript.client('1 CAPABILITY\r\n');
    transcript.client(`2 LOGIN "user" "${secret}"\r\n`);
    transcript.server('2 OK done\r\n');
    transcript.client('3 AUTHENTICATE PLAIN\r\n');
    transcript.server('+ \r\n');
    transcript.client(`${Buffer.from(`\0user\0${secret}`).toString('base64')}\r\n`);
    transcript.server('3 NO [AUTHENTICATIONFAILED] failed\r\n');
    transcript.server(`* BAD echo ${secret}\r\n`);
    const text = transcript.toLines().join('\n');
    expect(text).not.toContain(secret);
    expect(text).toContain('C: 2 LOGIN <redacted>');
    expect(text).toContain('C: <redacted>');
    expect(text).toContain('S: * BAD echo <redacted>');
  });

  it('keeps a bounded number of lines', () => {
    const transcript = new Transcript([]);
    for (let index = 0; index < 1000; index += 1) transcript.server(`* ${index}\r\n`);
    const lines = transcript.toLines();
    expect(lines).toHaveLength(401);
    expect(lines.at(-1)).toMatch(/600 more lines/);
  });
});
