import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoAzimuthalEqualArea, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapShapes } from '../../renderer/country/map/map-shapes-schema';
import { MAP_STATES } from './map-states';

/** The drawing's size in SVG units; the page scales it. */
const WIDTH = 800;
const HEIGHT = 700;
/** A state whose outline covers less than this (in square units) also gets a round mark, big enough to see and click. */
const SMALL_AREA = 120;

/**
 * Projects Natural Earth's 1:50m countries (world-atlas, public domain data) onto a Lambert azimuthal equal-area
 * view of Europe, as the EU's own maps do (ETRS89-LAEA is centred on 10°E 52°N), and returns SVG paths: one per
 * profiled state, and the other countries in the window as one grey background path.
 */
export function makeMapShapes(): MapShapes {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const frame: Feature = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [-24, 63],
        [-10, 36],
        [14, 35.2],
        [25, 34.6],
        [34, 35],
        [31, 70],
        [10, 71],
        [-9, 56],
      ],
    },
  };
  const projection = geoAzimuthalEqualArea()
    .rotate([-10, -52])
    .fitExtent(
      [
        [10, 10],
        [WIDTH - 10, HEIGHT - 10],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [WIDTH, HEIGHT],
    ]);
  const path = geoPath(projection).digits(1);
  const byCode = new Map(countries.features.map((f) => [String(f.id), f]));
  const states = Object.entries(MAP_STATES).map(([id, code]) => {
    const shape = byCode.get(code);
    if (!shape) throw new Error(`world-atlas has no country ${code} (${id})`);
    const [x, y] = path.centroid(shape).map((n) => Math.round(n * 10) / 10) as [number, number];
    return { id, d: path(shape) ?? '', x, y, small: path.area(shape) < SMALL_AREA };
  });
  const ours = new Set(Object.values(MAP_STATES));
  const background = countries.features
    .filter((f) => !ours.has(String(f.id)))
    .map((f) => path(f) ?? '')
    .filter(Boolean)
    .join('');
  return { width: WIDTH, height: HEIGHT, states, background };
}
