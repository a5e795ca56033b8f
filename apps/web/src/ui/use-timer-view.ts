import { useEffect, useState } from 'react';
import { msUntilNextTick, timerView, type TimerView } from '@notevote/board';
import { useSession } from '../sync/board-context';
import { relayNow, subscribeRelayTime } from '../sync/relay-time';

/** A little after the second boundary, so a timeout that fires a millisecond early still lands on the new second. */
const TICK_SLACK_MS = 15;

/**
 * The timebox at the relay's clock (`relayNow`), re-rendered at each second boundary of the countdown while it runs
 * (not on every frame), when the session changes, and when the estimate of the relay's clock changes.
 */
export function useTimerView(): TimerView {
  const session = useSession();
  const [, setTick] = useState(0);
  const view = timerView(session, relayNow());
  const running = view.state === 'running';
  const wait = msUntilNextTick(view) + TICK_SLACK_MS;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setTick((tick) => tick + 1), wait);
    return () => clearTimeout(timer);
  });
  useEffect(() => subscribeRelayTime(() => setTick((tick) => tick + 1)), []);
  return view;
}
