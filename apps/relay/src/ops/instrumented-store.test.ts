import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/memory-store';
import { describeDocStoreContract } from '../storage/store-contract';
import type { DocStore } from '../storage/types';
import { instrumentStore } from './instrumented-store';
import { RelayMetrics } from './metrics';

// The decorator must not change what the store does: it passes the same contract as the adapters.
describeDocStoreContract('instrumented memory store', () => instrumentStore(createMemoryStore(), new RelayMetrics()));

async function histogramCount(metrics: RelayMetrics, operation: string, outcome: string): Promise<number> {
  const { values } = await metrics.persistenceSeconds.get();
  const count = values.find(
    (value) =>
      value.metricName === 'notevote_persistence_seconds_count' &&
      value.labels['operation'] === operation &&
      value.labels['outcome'] === outcome,
  );
  return count?.value ?? 0;
}

describe('instrumented store', () => {
  it('times each operation by outcome, and counts writes until they are durable', async () => {
    const metrics = new RelayMetrics();
    let finishWrite: () => void = () => {};
    const inner = createMemoryStore();
    const slow: DocStore = {
      ...inner,
      append: (name, update) =>
        new Promise<void>((resolve, reject) => {
          finishWrite = () => inner.append(name, update).then(resolve, reject);
        }),
      load: () => Promise.reject(new Error('disk unreadable')),
    };
    const store = instrumentStore(slow, metrics);

    const writing = store.append('board', new Uint8Array([0, 0]));
    expect(store.pendingWrites).toBe(1);
    expect((await metrics.persistencePending.get()).values[0]?.value).toBe(1);
    finishWrite();
    await writing;
    expect(store.pendingWrites).toBe(0);
    expect(await histogramCount(metrics, 'append', 'ok')).toBe(1);

    await expect(store.load('board')).rejects.toThrow('disk unreadable');
    expect(await histogramCount(metrics, 'load', 'error')).toBe(1);
  });
});
