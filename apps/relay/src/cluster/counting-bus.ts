import type { RelayMetrics } from '../ops/metrics';
import type { ClusterBus } from './bus';

/** The bus, with every message sent and received counted in the metrics (`notevote_bus_messages_total`). */
export function countingBus(bus: ClusterBus, metrics: Pick<RelayMetrics, 'bus'>): ClusterBus {
  return {
    get instanceId() {
      return bus.instanceId;
    },
    send: (to, message) => {
      metrics.bus('out');
      bus.send(to, message);
    },
    broadcast: (message) => {
      metrics.bus('out');
      bus.broadcast(message);
    },
    onMessage: (handler) =>
      bus.onMessage((message, from) => {
        metrics.bus('in');
        handler(message, from);
      }),
    onGap: (handler) => bus.onGap(handler),
    dropInbox: (instance) => bus.dropInbox(instance),
    ping: () => bus.ping(),
    close: () => bus.close(),
  };
}
