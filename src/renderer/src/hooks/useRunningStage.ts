import { useState } from 'react';
import type { StageName } from '../../../shared/connection-test';
import { useAppEvent } from './useAppEvent';

/**
 * The stage the form's running test has reached, as main pushes it; undefined before the first one
 * and when no test runs. Keyed by the test's start, so a new test never shows the last one's stage.
 */
export function useRunningStage(runningSince: number | undefined): StageName | undefined {
  const [reached, setReached] = useState<{ since: number; stage: StageName }>();
  useAppEvent((event) => {
    if (event.type === 'connectionTestStage' && runningSince !== undefined)
      setReached({ since: runningSince, stage: event.stage });
  });
  return reached && reached.since === runningSince ? reached.stage : undefined;
}
