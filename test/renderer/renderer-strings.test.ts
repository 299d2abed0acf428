import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const RENDERER = path.resolve(import.meta.dirname, '../../src/renderer/src');
// Attributes whose text a user reads or a screen reader speaks.
const SPOKEN_ATTRIBUTES = new Set([
  'label',
  'aria-label',
  'placeholder',
  'title',
  'hint',
  'content',
  'alt',
  'validationMessage',
]);
const WORDS = /[A-Za-zÄÖÜäöüß]{2,}/;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(path.join(directory, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [path.join(directory, entry.name)]
        : [],
  );
}

/** Text in JSX, and string attributes people read: what must come from the message catalogues. */
function hardCodedTexts(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const value = node.initializer;
      const literal = ts.isStringLiteral(value)
        ? value.text
        : ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression)
          ? value.expression.text
          : undefined;
      if (literal !== undefined && WORDS.test(literal)) found.push(`${node.name.getText()}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((text) => `${path.relative(RENDERER, file)}: ${text}`);
}

describe('the window’s texts', () => {
  it('all come from the message catalogues (no hard-coded text in JSX)', () => {
    const files = sourceFiles(RENDERER);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(hardCodedTexts)).toEqual([]);
  });
});
