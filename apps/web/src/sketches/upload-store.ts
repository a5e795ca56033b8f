import { createStore } from 'zustand/vanilla';
import type { UploadProblem } from '../sync/image-api';
import type { UiStore } from '../state/ui-store';

/**
 * Pictures on their way to the relay, and those that did not make it: local UI state (never board content), one
 * store per board page, beside its UI store.
 */

/** Why a picture was not added: the relay's or the network's reason, or a phase that closed writing meanwhile. */
export type SketchProblem = UploadProblem | 'phase-closed';

export interface SketchUpload {
  id: number;
  /** The file's name, as the person's device calls it (shown to them alone). */
  name: string;
  /** How much is sent, 0 to 1. */
  progress: number;
  problem: SketchProblem | null;
}

export interface SketchUploadsState {
  uploads: readonly SketchUpload[];
  start(name: string): number;
  progress(id: number, fraction: number): void;
  fail(id: number, problem: SketchProblem): void;
  /** A picture arrived and its sketch is on the board: it leaves the list. */
  finish(id: number): void;
  dismiss(id: number): void;
}

export type SketchUploadsStore = ReturnType<typeof createSketchUploads>;

export function createSketchUploads() {
  let next = 1;
  return createStore<SketchUploadsState>()((set) => {
    const update = (id: number, change: Partial<SketchUpload>) =>
      set((state) => ({ uploads: state.uploads.map((each) => (each.id === id ? { ...each, ...change } : each)) }));
    const remove = (id: number) => set((state) => ({ uploads: state.uploads.filter((each) => each.id !== id) }));
    return {
      uploads: [],
      start: (name) => {
        const id = next++;
        set((state) => ({ uploads: [...state.uploads, { id, name, progress: 0, problem: null }] }));
        return id;
      },
      progress: (id, fraction) => update(id, { progress: Math.max(0, Math.min(1, fraction)) }),
      fail: (id, problem) => update(id, { problem }),
      finish: remove,
      dismiss: remove,
    };
  });
}

const stores = new WeakMap<UiStore, SketchUploadsStore>();

/** The uploads of the board page whose UI store this is (it outlives a reopened connection, as the uploads do). */
export function sketchUploads(ui: UiStore): SketchUploadsStore {
  let store = stores.get(ui);
  if (!store) {
    store = createSketchUploads();
    stores.set(ui, store);
  }
  return store;
}
