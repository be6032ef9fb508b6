import { writeFileSync } from 'node:fs';
import { readCommandLine } from '../cli/command-line';
import { makeMapShapes } from './map-shapes';

/** Where the renderer reads the map's drawing from. */
const MAP_SHAPES_FILE = 'renderer/country/map/europe-shapes.json';

/** `npm run map:shapes`: redraws the country map's SVG paths from world-atlas (run after upgrading it). */
function main(): number {
  const line = readCommandLine({
    script: 'map:shapes',
    usage: 'npm run map:shapes -- [--help]',
    summary: `Projects the countries of world-atlas (Natural Earth 1:50m) into the SVG paths of the country map and writes ${MAP_SHAPES_FILE}.`,
    options: {},
  });
  if (!line.ok) return line.exitCode;
  const shapes = makeMapShapes();
  writeFileSync(MAP_SHAPES_FILE, `${JSON.stringify(shapes)}\n`);
  console.log(
    `wrote ${MAP_SHAPES_FILE}: ${shapes.states.length} states, ${shapes.states.filter((s) => s.small).length} marked small`,
  );
  return 0;
}

process.exitCode = main();
