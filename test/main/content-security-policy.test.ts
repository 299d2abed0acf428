import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function policyOf(html: string): Map<string, string[]> {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error('no CSP meta tag');
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('the renderer’s Content-Security-Policy', () => {
  for (const file of ['src/renderer/index.html', 'out/renderer/index.html']) {
    it(`is as strict as Fluent UI allows (${file})`, () => {
      const policy = policyOf(readFileSync(path.join(root, file), 'utf8'));
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      expect(policy.get('form-action')).toEqual(["'none'"]);
      for (const values of policy.values()) {
        expect(values).not.toContain("'unsafe-eval'");
        expect(values).not.toContain('*');
        expect(values.some((value) => value.startsWith('http'))).toBe(false);
      }
    });
  }
});
