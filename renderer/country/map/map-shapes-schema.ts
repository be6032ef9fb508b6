/** One state on the map: its outline, the point its label and arrow-key moves start from, and whether it is too small to see. */
export interface MapState {
  id: string;
  d: string;
  x: number;
  y: number;
  small: boolean;
}

/** The map's drawing, made at build time from Natural Earth data (`npm run map:shapes`). */
export interface MapShapes {
  width: number;
  height: number;
  states: MapState[];
  /** Every other country in the window, as one path. */
  background: string;
}
