import { describe, expect, it } from 'vitest';
import { ARROW_STEPS, moveOnMap } from '../../../renderer/country/map/spatial-move';

// A plus-shaped neighbourhood around "c", with a far point straight below and a near one off to the side.
const points = [
  { id: 'c', x: 100, y: 100 },
  { id: 'n', x: 100, y: 60 },
  { id: 'e', x: 150, y: 105 },
  { id: 'w', x: 40, y: 95 },
  { id: 's', x: 105, y: 150 },
  { id: 'far-south', x: 100, y: 400 },
  { id: 'east-north-east', x: 130, y: 20 },
];
const move = (from: string, key: string) => moveOnMap(points, from, ARROW_STEPS[key] ?? [0, 0]);

describe('moving on the map with arrow keys', () => {
  it('goes to the nearest point in the direction of the key', () => {
    expect(move('c', 'ArrowUp')).toBe('n');
    expect(move('c', 'ArrowRight')).toBe('e');
    expect(move('c', 'ArrowLeft')).toBe('w');
    expect(move('c', 'ArrowDown')).toBe('s');
  });

  it('ignores points behind or too far to the side, and stays put at the edge', () => {
    expect(move('s', 'ArrowDown')).toBe('far-south');
    expect(move('far-south', 'ArrowDown')).toBeUndefined();
    expect(move('e', 'ArrowUp')).toBe('east-north-east');
  });

  it('starts from the first point when the current one is unknown', () => {
    expect(move('nowhere', 'ArrowUp')).toBe('c');
  });
});
