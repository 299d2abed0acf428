#!/usr/bin/env node
// Entry for `npx mailbox-connect`: checks Node, then runs the CLI built by `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeVersionProblem } from '../scripts/require-node-24.mjs';

const problem = nodeVersionProblem(process.versions.node, process.execPath);
if (problem) {
  console.error(problem);
  process.exit(2);
}
const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('The CLI is not built yet: run `npm run build` first.');
  process.exit(2);
}
await import(cli);
