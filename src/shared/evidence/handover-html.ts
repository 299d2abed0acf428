import type { AccountSettings, LastTestResult, TestHistoryEntry } from '../account';
import { renderMessage, translate, type Locale, type MessageKey, type MessageParams } from '../i18n';
import { escapeHtml } from './html';

/**
 * What the handover page may show of an account: settings and test results only. Built field by
 * field (handoverAccountOf in main), never by spreading a stored account, so a sealed password has
 * no way in.
 */
export interface HandoverAccount {
  settings: Pick<
    AccountSettings,
    | 'method'
    | 'connectionName'
    | 'server'
    | 'port'
    | 'encryption'
    | 'validateSsl'
    | 'emailAddress'
    | 'userName'
    | 'sharedMailboxAlias'
    | 'successFolder'
    | 'failedFolder'
    | 'trustedFingerprint'
  >;
  hasCaFile: boolean;
  hasPassword: boolean;
  lastTest?: LastTestResult | undefined;
  history: readonly TestHistoryEntry[];
}

export interface HandoverInput {
  accounts: readonly HandoverAccount[];
  generatedAt: Date;
  /** "Mailbox Connect 1.2.3". */
  application: string;
  locale: Locale;
  /** The time zone dates are shown in; the computer's own when absent (tests fix one). */
  timeZone?: string;
}

// Inline only: the page is one file that opens anywhere, offline, and prints on A4 or Letter.
const STYLE = `
:root { color-scheme: light; font-family: "Segoe UI", system-ui, sans-serif; color: #1b1b1b; }
body { margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid #0f6cbd; padding-bottom: 0.25rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.25rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.5rem; border-bottom: 1px solid #d1d1d1; }
th[scope="row"] { width: 16rem; font-weight: 600; }
.fingerprint { font-family: Consolas, "Courier New", monospace; font-size: 0.85rem; overflow-wrap: anywhere; }
.failed { color: #b10e1c; font-weight: 600; }
.note { color: #424242; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  section { break-inside: avoid-page; }
  h2 { break-after: avoid; }
}
`;

/**
 * "Handover report…": one self-contained, printable HTML page for the customer, in the window's
 * language: accounts, settings, last test and recent tests, certificate fingerprints. No script, no
 * external reference (its own CSP says so to the browser), every value escaped, no password.
 */
export function handoverHtml(input: HandoverInput): string {
  const t = (key: MessageKey, params?: MessageParams) => escapeHtml(translate(input.locale, key, params));
  const dates = new Intl.DateTimeFormat(input.locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
  });
  const time = (iso: string) => {
    const date = new Date(iso);
    // A date a hand-edited file made unreadable is shown as it is written.
    return Number.isNaN(date.getTime())
      ? escapeHtml(iso)
      : `<time datetime="${escapeHtml(date.toISOString())}">${escapeHtml(dates.format(date))}</time>`;
  };
  const body = input.accounts.length
    ? input.accounts.map((account, index) => accountSection(account, index, { t, time, locale: input.locale })).join('')
    : `<p>${t('handover.noAccounts')}</p>`;
  return `<!DOCTYPE html>
<html lang="${input.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('handover.title')}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${t('handover.title')}</h1>
<p>${t('handover.generated', { date: dates.format(input.generatedAt), application: input.application })}</p>
<p class="note">${t('handover.accountCount', { count: input.accounts.length })}. ${t('handover.noPasswords')}</p>
${body}
</main>
</body>
</html>
`;
}

interface Words {
  t: (key: MessageKey, params?: MessageParams) => string;
  time: (iso: string) => string;
  locale: Locale;
}

function accountSection(account: HandoverAccount, index: number, words: Words): string {
  const { t } = words;
  const { settings } = account;
  const heading = `account-${index + 1}`;
  const row = (label: string, value: string) => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
  const rows = [
    row(t('form.method'), t(`form.method.${settings.method}`)),
    row(t('form.server'), escapeHtml(settings.server)),
    row(t('form.port'), escapeHtml(String(settings.port))),
    row(t('form.encryption'), t(`encryption.${settings.encryption}.label`)),
    row(t('form.validateSsl'), t(settings.validateSsl ? 'handover.yes' : 'handover.no')),
    row(t('form.emailAddress'), escapeHtml(settings.emailAddress)),
    row(t('form.userName'), escapeHtml(settings.userName)),
    ...(settings.sharedMailboxAlias
      ? [row(t('form.sharedMailboxAlias'), escapeHtml(settings.sharedMailboxAlias))]
      : []),
    row(t('form.successFolder'), escapeHtml(settings.successFolder)),
    row(t('form.failedFolder'), escapeHtml(settings.failedFolder)),
    row(
      t('handover.pinned'),
      settings.trustedFingerprint
        ? `<span class="fingerprint">${escapeHtml(settings.trustedFingerprint)}</span>`
        : t('handover.none'),
    ),
    row(t('handover.caFile'), t(account.hasCaFile ? 'handover.caFile.given' : 'handover.none')),
    row(t('form.password'), t(account.hasPassword ? 'handover.password.stored' : 'handover.password.none')),
  ];
  return `<section aria-labelledby="${heading}">
<h2 id="${heading}">${escapeHtml(settings.connectionName)}</h2>
<h3>${t('handover.settings')}</h3>
<table><tbody>${rows.join('')}</tbody></table>
<h3>${t('handover.lastTest')}</h3>
${lastTestParagraph(account.lastTest, words)}
<h3>${t('handover.history')}</h3>
${historyTable(account.history, words)}
</section>
`;
}

function outcome(entry: { ok: boolean; code?: string | undefined }, t: Words['t']): string {
  if (entry.ok) return t('handover.outcome.ok');
  const code = entry.code ? ` (${escapeHtml(entry.code)})` : '';
  return `<span class="failed">${t('handover.outcome.failed')}${code}</span>`;
}

function lastTestParagraph(lastTest: LastTestResult | undefined, { t, time, locale }: Words): string {
  if (!lastTest) return `<p>${t('handover.lastTest.none')}</p>`;
  return `<p>${time(lastTest.at)}: ${outcome(lastTest, t)}. ${escapeHtml(renderMessage(locale, lastTest.summary))}</p>`;
}

function historyTable(history: readonly TestHistoryEntry[], { t, time }: Words): string {
  if (history.length === 0) return `<p>${t('handover.history.empty')}</p>`;
  const head = ['handover.history.time', 'handover.history.outcome', 'handover.history.fingerprint'] as const;
  const rows = history.map(
    (entry) =>
      `<tr><td>${time(entry.at)}</td><td>${outcome(entry, t)}</td>${
        entry.fingerprint
          ? `<td class="fingerprint">${escapeHtml(entry.fingerprint)}</td>`
          : `<td>${t('handover.none')}</td>`
      }</tr>`,
  );
  return `<table><thead><tr>${head.map((key) => `<th scope="col">${t(key)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
