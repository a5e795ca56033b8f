import { useState, type FormEvent } from 'react';
import { createId, isValidBoardId } from '@notevote/board';

/** The board id in a `/b/<boardId>` path, or null on any other page. */
function boardIdFromPath(pathname: string): string | null {
  const match = /^\/b\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] && isValidBoardId(match[1]) ? match[1] : null;
}

export function App() {
  const boardId = boardIdFromPath(window.location.pathname);
  return <main className="page">{boardId ? <BoardPlaceholder boardId={boardId} /> : <Landing />}</main>;
}

function Landing() {
  const [title, setTitle] = useState('');
  const create = (event: FormEvent) => {
    event.preventDefault();
    const params = title.trim() ? `?title=${encodeURIComponent(title.trim())}` : '';
    window.location.assign(`/b/${createId(12)}${params}`);
  };
  return (
    <section className="landing" aria-labelledby="landing-title">
      <h1 id="landing-title">notevote</h1>
      <p>Write sticky notes together, dot-vote them, and see the heatmap live. No account needed.</p>
      <form onSubmit={create} className="create-form">
        <label htmlFor="board-title">Board title</label>
        <input id="board-title" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Cybercrime strategy sprint" />
        <button type="submit">Create a board</button>
      </form>
    </section>
  );
}

function BoardPlaceholder({ boardId }: { boardId: string }) {
  return (
    <section className="landing" aria-labelledby="board-title">
      <h1 id="board-title">Board {boardId}</h1>
      <p>The canvas is being built. The relay already stores this board at /ws/{boardId}.</p>
      <a href="/">Back to the start page</a>
    </section>
  );
}
