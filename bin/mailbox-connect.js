#!/usr/bin/env node
// Entry for `npx mailbox-connect`: checks Node, then runs the CLI built by `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `mailbox-connect needs Node.js 24 or newer; this is ${process.versions.node}. Run it through npx in the project, which uses the bundled Node 24.`,
  );
  process.exit(2);
}
const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('The CLI is not built yet: run `npm run build` first.');
  process.exit(2);
}
await import(cli);
