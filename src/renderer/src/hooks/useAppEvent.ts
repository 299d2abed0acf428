import { useEffect } from 'react';
import type { AppEvent } from '../../../shared/app-events';
import { getApi } from '../api';
import { useStableCallback } from './useStableCallback';

/**
 * Calls `listener` for each event main pushes (Test all's progress and outcomes, the running test's
 * stage) while the component is mounted. Subscribed once at mount, not per render, so nothing sent
 * between two renders is missed.
 */
export function useAppEvent(listener: (event: AppEvent) => void): void {
  const latest = useStableCallback(listener);
  useEffect(() => getApi().onAppEvent(latest), [latest]);
}
