/** How many sockets are open under each key (an address, or a device on a board). */
export class OpenCounts {
  private readonly counts = new Map<string, number>();

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** Counts one more under `key` until the returned release is called; releasing twice counts once. */
  open(key: string): () => void {
    this.counts.set(key, this.count(key) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = this.count(key) - 1;
      // Keys without sockets are forgotten, so memory follows what is open, not what ever was.
      if (left <= 0) this.counts.delete(key);
      else this.counts.set(key, left);
    };
  }

  /** Keys with sockets open now (for tests). */
  get size(): number {
    return this.counts.size;
  }
}
