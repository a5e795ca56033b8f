/**
 * The projector's header: the board's title in type large enough to read across a room. The phase banner and the
 * timer belong here too, beside the title.
 */
export function ProjectorStatus({ title }: { title: string }) {
  return (
    <div className="projector-status" data-testid="projector-status">
      <h1 className="projector-title">{title}</h1>
    </div>
  );
}
