/**
 * Heat spread (Gaussian sigma) in board units for pictures of a board: about a quarter of a note, so a cluster of
 * dots reads as one spot. The web app's heatmap layer and the relay's report image use the same value, so the
 * report shows what the room saw.
 */
export const DEFAULT_HEAT_RADIUS = 50;
