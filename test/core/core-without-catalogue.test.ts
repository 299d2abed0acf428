import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CATALOGUE = /src\/shared\/i18n\/(index|en|de)\.ts$/;

/** The project's files a module loads when it runs: relative imports that are not type-only. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const statement of source.statements) {
    const isImport = ts.isImportDeclaration(statement);
    if (!isImport && !ts.isExportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
    if (isImport) {
      const clause = statement.importClause;
      const onlyTypes =
        clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (onlyTypes) continue;
    } else if (statement.isTypeOnly) continue;
    const base = path.resolve(path.dirname(file), specifier.text);
    const resolved = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) =>
      existsSync(candidate),
    );
    if (resolved) found.push(resolved);
  }
  return found;
}

/** Every file reached from `entries`, with the chain that reached it. */
function reachable(entries: string[]): Map<string, string[]> {
  const chains = new Map(entries.map((entry) => [entry, [entry]]));
  const queue = [...entries];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const next of runtimeImports(file)) {
      if (chains.has(next)) continue;
      chains.set(next, [...(chains.get(file) ?? []), next]);
      queue.push(next);
    }
  }
  return chains;
}

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(folder, name));
}

/**
 * ESLint keeps direct imports of the catalogue out of src/core; this follows every import the core
 * makes at run time, through src/shared as well, and proves the words are not among them: the core
 * cannot answer in a language of its own.
 */
describe('the application core', () => {
  it('loads no message catalogue through any import', () => {
    const core = sourcesUnder(path.join(ROOT, 'src/core'));
    expect(core.length).toBeGreaterThan(30);
    const chains = reachable(core);
    const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');
    const catalogues = [...chains.entries()]
      .filter(([file]) => CATALOGUE.test(relative(file)))
      .map(([, chain]) => chain.map(relative).join(' → '));
    expect(catalogues).toEqual([]);
  });

  it('would see the catalogue where it is loaded (the check itself works)', () => {
    const chains = reachable([path.join(ROOT, 'src/shared/report-text.ts')]);
    expect([...chains.keys()].some((file) => CATALOGUE.test(file.split(path.sep).join('/')))).toBe(true);
  });
});
