import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const config = JSON.parse(readFileSync(path.join(root, 'build/electron-builder.json'), 'utf8'));
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('rejects a broken configuration (the validation is real)', async () => {
    await expect(validateConfiguration({ ...config, notAnOption: true }, new DebugLogger(false))).rejects.toThrow(
      /notAnOption/,
    );
    await expect(validateConfiguration({ ...config, asar: 'yes' }, new DebugLogger(false))).rejects.toThrow(/asar/);
  });

  it('builds a portable exe and an NSIS installer for x64 with the hardening fuses', () => {
    expect(config.win.target).toEqual([
      { target: 'portable', arch: ['x64'] },
      { target: 'nsis', arch: ['x64'] },
    ]);
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(packageJson.scripts['dist:win']).toContain('--win portable nsis --x64');
  });

  // conf: the CLI opens the accounts file with the store electron-store wraps, without Electron;
  // proper-lockfile: one writer per data folder, for the app and the CLI; intl-messageformat: the
  // catalogues' ICU messages, rendered by main (menu, dialogs) and the CLI as by the window;
  // @azure/msal-node: the Microsoft 365 app-only tokens (issue 16), in main and the CLI;
  // node-forge: opens the app certificate's PFX (PKCS#12), which node:crypto cannot read (issue 16).
  it('ships React and Fluent UI bundled, not as runtime dependencies', () => {
    expect(Object.keys(packageJson.dependencies).sort()).toEqual([
      '@azure/msal-node',
      'conf',
      'electron-store',
      'imapflow',
      'intl-messageformat',
      'node-forge',
      'proper-lockfile',
      'zod',
    ]);
  });
});
