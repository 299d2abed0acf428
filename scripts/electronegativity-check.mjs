// Runs Electronegativity over src/ and fails only on findings that nobody has reviewed
// (build/electronegativity-allowlist.json), or on a review that no longer matches a finding.
// The tool looks things up on the internet (translations, Electron releases); it runs in a network
// namespace of its own where one can be made, so it cannot, and the release check is skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const allowList = JSON.parse(readFileSync(path.join(root, 'build/electronegativity-allowlist.json'), 'utf8')).reviewed;
const workDir = mkdtempSync(path.join(os.tmpdir(), 'mc-electronegativity-'));
const sarifFile = path.join(workDir, 'report.sarif');

const tool = path.join(root, 'node_modules/.bin/electronegativity');
const args = [
  '-i',
  path.join(root, 'src'),
  '-r',
  '-e',
  electronVersion,
  '-o',
  sarifFile,
  '-v',
  'false',
  '-x',
  'AvailableSecurityFixesGlobalCheck',
];
const offline = spawnSync('unshare', ['--map-root-user', '--net', 'true']).status === 0;
try {
  execFileSync(offline ? 'unshare' : tool, offline ? ['--map-root-user', '--net', tool, ...args] : args, {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
  const findings = sarif.runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations[0].physicalLocation;
      return { rule: result.ruleId, file: location.artifactLocation.uri, line: location.region?.startLine };
    }),
  );
  const reviewed = (finding) => allowList.some((entry) => entry.rule === finding.rule && entry.file === finding.file);
  const unreviewed = findings.filter((finding) => !reviewed(finding));
  const stale = allowList.filter((entry) => !findings.some((f) => f.rule === entry.rule && f.file === entry.file));

  console.log(
    `Electronegativity ${electronVersion ? `(Electron ${electronVersion})` : ''}: ${findings.length} findings over src/`,
  );
  for (const finding of findings) {
    console.log(
      `  ${reviewed(finding) ? 'reviewed  ' : 'UNREVIEWED'} ${finding.rule} ${finding.file}:${finding.line ?? '?'}`,
    );
  }
  for (const entry of stale)
    console.log(`  STALE      ${entry.rule} ${entry.file}: no longer found; remove it from the allow-list`);
  if (unreviewed.length > 0 || stale.length > 0) {
    console.error(
      'Review the findings above and fix them, or list them with a reason in build/electronegativity-allowlist.json.',
    );
    process.exitCode = 1;
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
