// Fails loudly when an npm script runs on a Node older than 24: the `node` devDependency puts
// Node 24 first on the PATH of every script, unless install scripts were skipped
// (npm ci --ignore-scripts) or the script was started with another node by hand.
import { fileURLToPath } from 'node:url';

export const REQUIRED_MAJOR = 24;

/** The message to print for this Node version, or undefined when it is new enough. */
export function nodeVersionProblem(version, execPath) {
  const major = Number(version.split('.')[0]);
  if (Number.isInteger(major) && major >= REQUIRED_MAJOR) return undefined;
  return [
    `Mailbox Connect needs Node.js ${REQUIRED_MAJOR} or newer, but this script runs on Node.js ${version} (${execPath}).`,
    'The project installs Node 24 as a devDependency; run `npm ci` (without --ignore-scripts) so that',
    'node_modules/.bin/node exists, then run the script again through npm.',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problem = nodeVersionProblem(process.versions.node, process.execPath);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
