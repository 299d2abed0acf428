import { describe, expect, it } from 'vitest';
import {
  accessPolicyTestLine,
  opathEqualsFilter,
  powerShellQuoted,
  rbacForApplicationsLine,
} from '../../../src/core/graph/powershell-lines';
import { renderMessage } from '../../../src/shared/i18n';

const SP = '6233fba6-0198-4277-892f-9275bf728bcc';
const APP = '71487acd-ec93-476d-bd0e-6c8b31831053';

describe('the PowerShell of the Graph hints', () => {
  it('quotes values so PowerShell takes them literally, typographic quotes included', () => {
    expect(powerShellQuoted("o'brien@contoso.com")).toBe("'o''brien@contoso.com'");
    expect(powerShellQuoted('o’brien@contoso.com')).toBe("'o’’brien@contoso.com'");
    expect(powerShellQuoted('$env:USERNAME')).toBe("'$env:USERNAME'");
  });

  it('writes an OPATH filter whose value can hold apostrophes, $ and backticks', () => {
    expect(opathEqualsFilter('PrimarySmtpAddress', 'invoices@contoso.com')).toBe(
      `"PrimarySmtpAddress -eq 'invoices@contoso.com'"`,
    );
    expect(opathEqualsFilter('PrimarySmtpAddress', "o'brien$x`@contoso.com")).toBe(
      `"PrimarySmtpAddress -eq 'o''brien\`$x\`\`@contoso.com'"`,
    );
  });

  it('fills in GUIDs, and puts a placeholder in the reader’s language where an ID is not one', () => {
    const filled = renderMessage('en', accessPolicyTestLine('invoices@contoso.com', { clientId: APP }));
    expect(filled).toBe(`Test-ApplicationAccessPolicy -Identity 'invoices@contoso.com' -AppId ${APP}`);
    const injected = rbacForApplicationsLine('invoices@contoso.com', {
      clientId: 'x; Remove-Mailbox',
      servicePrincipalId: SP,
    });
    expect(renderMessage('en', injected)).toContain('New-ServicePrincipal -AppId <application (client) ID> -ObjectId');
    expect(renderMessage('de', rbacForApplicationsLine('a@b.c', {}))).toContain(
      'New-ManagementRoleAssignment -App <Objekt-ID der Unternehmensanwendung>',
    );
  });

  it('keeps the management scope name within Exchange’s 64 characters', () => {
    const long = `${'x'.repeat(80)}@contoso.com`;
    const line = renderMessage('en', rbacForApplicationsLine(long, { clientId: APP, servicePrincipalId: SP }));
    const name = /-Name '([^']*)'/.exec(line)?.[1] ?? '';
    expect(name.length).toBe(64);
    expect(line).toContain(`-CustomResourceScope '${name}'`);
  });
});
