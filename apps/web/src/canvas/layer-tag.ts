import type Konva from 'konva';

/**
 * A ref callback that names a Konva layer's <canvas> element (`data-layer="…"`), so tests and tools can read back
 * exactly what one layer drew (e.g. that the heatmap is non-empty where the dots are).
 */
export function tagLayer(name: string): (layer: Konva.Layer | null) => void {
  // One stable callback per name: a new function each render would make React detach and re-attach the ref.
  let tag = tags.get(name);
  if (!tag) {
    tag = (layer) => layer?.getCanvas()._canvas.setAttribute('data-layer', name);
    tags.set(name, tag);
  }
  return tag;
}

const tags = new Map<string, (layer: Konva.Layer | null) => void>();
