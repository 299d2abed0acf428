import { connectionSettingsSchema, fieldErrorsOf, type ConnectionSettings } from '../../shared/account';
import type { ConnectionTestReport, StageName } from '../../shared/connection-test';
import { plaintextConsentMissing } from '../../shared/encryption';
import { message, type Message } from '../../shared/i18n/message';
import type { TestConnectionRequest } from '../../shared/ipc';
import { accountNotFound, failed, succeeded, validationFailure, type Result } from '../../shared/result';
import { UNUSABLE_PASSWORD_MESSAGE, type AccountsService } from '../accounts/accounts-service';
import { checkAccountSecret, unusableSecretMessage, type SecretKind } from '../accounts/account-secret';
import type { Clock } from '../ports';
import type { MethodTestInput } from './run-method-test';

/** At the password field, which holds the client secret or the certificate for the Microsoft 365 methods. */
function secretRefused(why: Message): Result<never> {
  return validationFailure({ password: why }, why);
}

function passwordNeeded(reason: keyof typeof UNUSABLE_PASSWORD_MESSAGE, kind: SecretKind): Result<never> {
  return secretRefused(unusableSecretMessage(reason, kind, UNUSABLE_PASSWORD_MESSAGE));
}

/** The last test that ran, as main keeps it for "Save diagnostics": the report the window shows. */
export interface TestedReport {
  report: ConnectionTestReport;
  /** What was tested: the form's settings, saved or not. */
  settings: ConnectionSettings;
  testedAt: Date;
  /** The saved account it was tested for, if any. */
  accountId?: string;
}

/**
 * "Test connection" of the form: the settings as typed, with the typed password or the stored one
 * (only for the destination it was saved for), the result kept with the account. One test at a
 * time: a second request joins the running one instead of opening another connection.
 */
export class ConnectionTestUseCase {
  private running: { controller: AbortController; result: Promise<Result<ConnectionTestReport>> } | undefined;
  private last: TestedReport | undefined;

  constructor(
    private readonly accounts: AccountsService,
    private readonly runMethodTest: (input: MethodTestInput) => Promise<ConnectionTestReport>,
    private readonly clock: Clock = () => new Date(),
  ) {}

  /** The report of the last test that ran (cancelled ones too: the window shows them), if any. */
  lastTested(): TestedReport | undefined {
    return this.last;
  }

  /** `onStage` hears the stages of the test this request starts (one that joins a running test hears nothing new). */
  test(request: TestConnectionRequest, onStage?: (stage: StageName) => void): Promise<Result<ConnectionTestReport>> {
    if (this.running) return this.running.result;
    const controller = new AbortController();
    const result = this.start(request, controller.signal, onStage).finally(() => {
      this.running = undefined;
    });
    this.running = { controller, result };
    return result;
  }

  /** Stops the running test; false when none runs. */
  cancel(): boolean {
    if (!this.running) return false;
    this.running.controller.abort();
    return true;
  }

  private async start(
    request: TestConnectionRequest,
    signal: AbortSignal,
    onStage: ((stage: StageName) => void) | undefined,
  ): Promise<Result<ConnectionTestReport>> {
    const parsed = connectionSettingsSchema.safeParse(request.settings);
    if (!parsed.success) return validationFailure(fieldErrorsOf(parsed.error));
    const settings = parsed.data;
    // The core decides, not the window: no password (typed or stored) goes out over None or No TLS
    // unless the tested settings carry the user's acknowledgement. Nothing is looked up or recorded without it.
    if (plaintextConsentMissing(settings.encryption, settings.insecureAcknowledged)) {
      const notAcknowledged = message('validation.insecure');
      return validationFailure({ insecureAcknowledged: notAcknowledged }, notAcknowledged);
    }
    // The typed secret: a password, a client secret or a certificate's PEM, by the method tested.
    let secret = request.password;
    if (secret) {
      const checked = checkAccountSecret(settings, secret);
      if (!checked.ok) return secretRefused(checked.problem);
    }
    if (!secret && request.accountId) {
      const stored = await this.accounts.passwordFor(request.accountId, settings);
      // Locked is not "enter again": the stored password is fine once the passphrase is entered.
      if (!stored.ok && stored.reason === 'locked') return failed('PASSWORDS_LOCKED', UNUSABLE_PASSWORD_MESSAGE.locked);
      if (!stored.ok)
        return stored.reason === 'not-found'
          ? accountNotFound(request.accountId)
          : passwordNeeded(stored.reason, settings);
      secret = stored.password;
    }
    if (!secret) return passwordNeeded('no-password', settings);
    const report = await this.runMethodTest({
      settings,
      secret,
      signal,
      ...(onStage ? { onStage } : {}),
      ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
      ...(request.createMissingFolders ? { createMissingFolders: true } : {}),
    });
    this.last = {
      report,
      settings,
      testedAt: this.clock(),
      ...(request.accountId ? { accountId: request.accountId } : {}),
    };
    // A cancelled test says nothing about the account (as in Test all): its last real result stays.
    if (request.accountId && report.error?.code !== 'CANCELLED')
      this.accounts.recordTestResult(request.accountId, report);
    return succeeded(report);
  }
}
