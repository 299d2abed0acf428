import { describe, expect, it } from 'vitest';
import { passwordMasking, withoutPassword } from '../../../src/core/connection-test/without-password';
import { message } from '../../../src/shared/i18n/message';
import { failedReport } from '../../support/sample-report';

const PASSWORD = 'Masked-Canary-Password-31';
const BASE64 = Buffer.from(PASSWORD).toString('base64');

describe('a report never holds the password it was tested with', () => {
  const leaky = () => {
    const report = failedReport();
    return {
      ...report,
      error: {
        ...report.error!,
        message: message('accounts.lastTest.notReady', { folders: `BYE ${PASSWORD}` }),
      },
      server: { greeting: `* OK ${PASSWORD}`, capabilities: [`X-${BASE64}`] },
      stages: [
        {
          name: 'auth' as const,
          status: 'failed' as const,
          ms: 1,
          detail: message('stage.auth.signedIn', { user: PASSWORD }),
        },
      ],
      transcript: [`S: A1 NO ${BASE64}`],
    };
  };

  it('masks it, and its base64 form, in every string: greeting, capabilities, messages, stage details, transcript', () => {
    const masked = JSON.stringify(withoutPassword(leaky(), PASSWORD));
    expect(masked).not.toContain(PASSWORD);
    expect(masked).not.toContain(BASE64);
    expect(withoutPassword(leaky(), PASSWORD).server?.greeting).toBe('* OK <redacted>');
  });

  it('leaves a report alone when no password was given', () => {
    const report = leaky();
    expect(withoutPassword(report, undefined)).toBe(report);
  });

  it('wraps the connection test so that whatever it returns is masked with the input’s password', async () => {
    const run = passwordMasking(async () => leaky());
    const report = await run({
      settings: { server: 'mail', port: 993, encryption: 'ssl', validateSsl: true },
      password: PASSWORD,
    });
    expect(JSON.stringify(report)).not.toContain(PASSWORD);
  });
});
