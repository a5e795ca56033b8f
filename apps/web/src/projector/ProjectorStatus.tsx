import { PhaseBanner } from '../ui/PhaseBanner';

/**
 * The projector's header: the board's title in type large enough to read across a room, and beside it the phase, what
 * the room does now and the timebox (the phase banner in its large size).
 */
export function ProjectorStatus({ title }: { title: string }) {
  return (
    <div className="projector-status" data-testid="projector-status">
      <h1 className="projector-title">{title}</h1>
      <PhaseBanner size="large" />
    </div>
  );
}
