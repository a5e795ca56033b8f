import { useEffect, useRef, useState } from 'react';
import { useBoard, useLead } from '../sync/board-context';
import { Follower } from './follower';
import { LeadPublisher } from './lead-publisher';

/** On the facilitator's screen: publishes what they see, for everyone who follows them (once the board loaded). */
export function useLeadPublisher(enabled: boolean): void {
  const { connection, ui } = useBoard();
  useEffect(() => {
    if (!enabled) return;
    const publisher = new LeadPublisher(ui, (lead) => connection.setLead(lead));
    return () => {
      publisher.destroy();
      connection.setLead(null);
    };
  }, [enabled, connection, ui]);
}

/**
 * On a participant's screen or the projector: moves the view to the facilitator's while following (the UI store's
 * `follow`) and once for each summon. Returns the follower (null on the first render, or when not `enabled`).
 */
export function useFollower(enabled: boolean, onSummoned?: () => void): Follower | null {
  const { ui } = useBoard();
  const lead = useLead();
  const [follower, setFollower] = useState<Follower | null>(null);
  // One follower for the screen's life: it remembers the summons it saw (a new one would take the next for old).
  const summoned = useRef(onSummoned);
  useEffect(() => {
    summoned.current = onSummoned;
  });
  useEffect(() => {
    if (!enabled) return;
    const created = new Follower(ui, { onSummoned: () => summoned.current?.() });
    setFollower(created);
    return () => {
      created.destroy();
      setFollower(null);
    };
  }, [enabled, ui]);
  useEffect(() => follower?.setLead(lead), [follower, lead]);
  return follower;
}
