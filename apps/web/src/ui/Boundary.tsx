import { Component, type ErrorInfo, type ReactNode } from 'react';

interface BoundaryProps {
  /** What this boundary guards, as the log names it: "the presence layer". */
  name: string;
  /** What to show instead of the failed part (nothing by default); `retry` renders the part again. */
  fallback?: (retry: () => void) => ReactNode;
  /**
   * Try again by itself, after 1 s, then 2, 4… up to 30 s: for parts with no room for a retry button (a canvas
   * layer), so they come back once whatever broke them is gone (the client that sent it left, say).
   */
  retryBySelf?: boolean;
  children: ReactNode;
}

const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 30_000;

/**
 * Lets one part of the board fail alone: when it throws while rendering, it is replaced by `fallback` (or nothing)
 * and the error is logged, while everything outside keeps working. The app-wide ErrorBoundary stays the last resort.
 *
 * It is a plain class boundary, so it works in any React renderer: react-konva's reconciler supports error
 * boundaries like react-dom's, and a boundary inside the <Stage> is what catches a layer's errors (see BoardCanvas).
 */
export class Boundary extends Component<BoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    this.failures++;
    const delay = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** (this.failures - 1));
    const next = this.props.retryBySelf
      ? `trying again in ${delay / 1000} s`
      : 'use "Try again" there, or reload the page if it keeps failing';
    // The message and stack only: never the props or state, which may hold note text.
    console.error(
      `notevote: ${this.props.name} failed and is hidden; the rest of the board keeps working (${next}).`,
      error,
      info.componentStack,
    );
    if (this.props.retryBySelf) {
      this.clearTimer();
      this.timer = setTimeout(this.retry, delay);
    }
  }

  override componentDidUpdate(_props: BoundaryProps, previous: { error: Error | null }): void {
    // A retry that rendered: the next failure starts the back-off afresh.
    if (previous.error && !this.state.error) this.failures = 0;
  }

  override componentWillUnmount(): void {
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private readonly retry = (): void => {
    this.clearTimer();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return this.props.fallback ? this.props.fallback(this.retry) : null;
  }
}
