import { clustersMap, readClusters, type Cluster, type ClusterId } from '@notevote/board';
import { useBoard, useMapDerived } from './board-context';

/** The board's named clusters (well-formed records only), re-read when the `clusters` root changes. */
export function useClusters(): ReadonlyMap<ClusterId, Cluster> {
  const { doc } = useBoard().connection;
  return useMapDerived(clustersMap(doc), () => readClusters(doc));
}
