import type { AppInfo } from '../shared/app-info';
import { describeTrustSources } from './connection-test/trust-sources';

/** Version, runtime and active trust sources, for the About dialog and the Overview. */
export function collectAppInfo(version: string, versions: NodeJS.ProcessVersions = process.versions): AppInfo {
  const { node, electron, chrome } = versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
  return {
    version,
    runtime: { node, ...(electron ? { electron } : {}), ...(chrome ? { chrome } : {}) },
    trustSources: describeTrustSources(),
  };
}
