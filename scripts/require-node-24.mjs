// Fails loudly when an npm script runs on a Node older than 24: the `node` devDependency puts
// Node 24 first on the PATH of every script, unless install scripts were skipped
// (npm ci --ignore-scripts) or the script was started with another node by hand.
const REQUIRED_MAJOR = 24;
const major = Number(process.versions.node.split('.')[0]);
if (!Number.isInteger(major) || major < REQUIRED_MAJOR) {
  console.error(
    [
      `Mailbox Connect needs Node.js ${REQUIRED_MAJOR} or newer, but this script runs on Node.js ${process.versions.node} (${process.execPath}).`,
      'The project installs Node 24 as a devDependency; run `npm ci` (without --ignore-scripts) so that',
      'node_modules/.bin/node exists, then run the script again through npm.',
    ].join('\n'),
  );
  process.exit(1);
}
