import type { Cluster, ClusterId } from '@notevote/board';

/** The name for a new cluster: `nameFor(n)` ("Group n") with the smallest n ≥ 1 that no cluster is called yet. */
export function newClusterName(taken: Iterable<string>, nameFor: (n: number) => string): string {
  const names = new Set([...taken].map((name) => name.trim()));
  for (let n = 1; ; n++) {
    const name = nameFor(n);
    if (!names.has(name)) return name;
  }
}

/**
 * What a cluster is called on screen: its name, or `unnamed` when it has none, or no record at all (someone removed
 * the cluster while another person grouped notes into it: the notes still share its id).
 */
export function clusterLabel(
  clusters: ReadonlyMap<ClusterId, Pick<Cluster, 'name'>>,
  clusterId: ClusterId,
  unnamed: string,
): string {
  return clusters.get(clusterId)?.name.trim() || unnamed;
}
