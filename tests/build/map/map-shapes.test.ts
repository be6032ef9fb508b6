import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeMapShapes } from '../../../build/map/map-shapes';
import { MAP_STATES } from '../../../build/map/map-states';

describe('the country map drawing', () => {
  const shapes = makeMapShapes();

  it('is what npm run map:shapes makes from world-atlas, so the committed file cannot drift from the data', () => {
    const committed: unknown = JSON.parse(readFileSync('renderer/country/map/europe-shapes.json', 'utf8'));
    expect(committed).toEqual(shapes);
  });

  it('draws every profiled state inside the frame, and marks the smallest ones for a round mark', () => {
    expect(shapes.states.map((s) => s.id).sort()).toEqual(Object.keys(MAP_STATES).sort());
    for (const state of shapes.states) {
      expect(state.d, state.id).toMatch(/^M/);
      expect(state.x, state.id).toBeGreaterThan(0);
      expect(state.x, state.id).toBeLessThan(shapes.width);
      expect(state.y, state.id).toBeGreaterThan(0);
      expect(state.y, state.id).toBeLessThan(shapes.height);
    }
    expect(
      shapes.states
        .filter((s) => s.small)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['liechtenstein', 'luxembourg', 'malta']);
  });
});
