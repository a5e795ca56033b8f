import { lazy, type ComponentType } from 'react';

/** A component whose code is fetched when it is first shown, or earlier with `preload()`. */
export type LazyPart<P extends object> = ComponentType<P> & { preload: () => void };

/**
 * A part of the app that most visits never show (the facilitator panel, the projector's screen, the event pages),
 * fetched as a chunk of its own when first rendered: render it inside a Suspense boundary, and an error boundary for
 * when the fetch fails (a dropped connection). Unlike React.lazy alone, a failed fetch is not remembered: the
 * boundary's "Try again", or the next render, fetches again.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  const attempt = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          Current = attempt();
          throw error;
        },
      ),
    );
  let Current = attempt();
  let preloading: Promise<unknown> | null = null;
  const Part = (props: P) => <Current {...props} />;
  return Object.assign(Part, {
    preload: () => {
      // A failed preload is forgotten: the render fetches again and its boundary reports any failure.
      preloading ??= load().catch(() => (preloading = null));
    },
  });
}
