import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// Mutation testing (npm run test:mutation) reruns the tests for every mutant, so it takes the levels
// that exercise the safety modules directly: unit and integration. Left out, because they cannot
// kill a mutant of src/ or would only multiply the time: the e2e tests (Chromium), the tests of the
// built CLI and app (they run out/, which Stryker does not rebuild), the package build, the kill loop
// and the Electron download.
const SLOW_OR_BUILT = [
  'test/integration/package-contents.test.ts',
  'test/integration/kill-during-save.test.ts',
  'test/integration/boot-built-app.test.ts',
  'test/integration/ensure-electron.test.ts',
  'test/integration/cli.test.ts',
  'test/integration/cli-transfer.test.ts',
  'test/integration/cli-m365.test.ts',
];

// MUTATION_PROJECTS=unit narrows a run to the unit tests: for a module whose mutants are mostly
// static (account.ts's schemas, rebuilt only by re-importing), each of them reruns every test.
const LEVELS = (process.env.MUTATION_PROJECTS ?? 'unit,integration').split(',');

const projects = (base.test?.projects ?? []).flatMap((project) => {
  if (typeof project !== 'object' || !('test' in project) || !project.test) return [];
  const { name } = project.test;
  if (name === undefined || !LEVELS.includes(name)) return [];
  return [{ ...project, test: { ...project.test, exclude: SLOW_OR_BUILT } }];
});

export default defineConfig({ ...base, test: { ...base.test, projects } });
