#!/usr/bin/env node
// A stand-in for the Electron executable (ELECTRON_EXEC_PATH): started as Electron would be
// (`electron . [flags]`), it resolves the app's main entry the way Electron does — a folder means
// its package.json "main" — and runs it on plain Node with the `electron` module replaced by
// ./electron.ts. The stand-in reports what the app did (MC_STAND_IN_REPORT, or stdout) and exits.
import { readFileSync, statSync } from 'node:fs';
import { registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const standIn = new URL('./electron.ts', import.meta.url).href;
registerHooks({
  resolve: (specifier, context, nextResolve) =>
    specifier === 'electron' ? { url: standIn, shortCircuit: true } : nextResolve(specifier, context),
});

const [entryArgument = '.', ...flags] = process.argv.slice(2);
const target = path.resolve(entryArgument);
const main = statSync(target).isDirectory()
  ? path.resolve(target, JSON.parse(readFileSync(path.join(target, 'package.json'), 'utf8')).main ?? 'index.js')
  : target;
globalThis.__electronStandInLaunch = { argv: process.argv.slice(2), cwd: process.cwd(), main, flags };
await import(pathToFileURL(main).href);
