// Child process of the stick-id race test: one first start of the portable app on a stick. It
// resolves the stick's data folder, says `ready`, and waits for `go` on stdin, so that all children
// of a round reach the stick id at once; then it prints the profile folder portableProfile chose and
// its notices as one JSON line.
import { resolveDataDirectory } from '../../src/main/platform/data-directory';
import { portableProfile } from '../../src/main/platform/portable-profile';
import { renderMessage } from '../../src/shared/i18n';

const [executableDir, machineProfile] = process.argv.slice(2);
if (!executableDir || !machineProfile) throw new Error('usage: stick-id-child <executable-dir> <machine-profile>');

const dataDirectory = resolveDataDirectory({ PORTABLE_EXECUTABLE_DIR: executableDir });
if (dataDirectory.kind === 'installed') throw new Error('not portable');
process.stdout.write('ready\n');
process.stdin.once('data', () => {
  const { userData, notices } = portableProfile(dataDirectory, machineProfile);
  process.stdout.write(
    `${JSON.stringify({ userData, notices: notices.map((notice) => renderMessage('en', notice.message)) })}\n`,
  );
  process.exit(0);
});
