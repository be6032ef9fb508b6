import { describe, expect, it } from 'vitest';
import { timeScale } from '../../../renderer/timeline/time-scale';

describe('time scale', () => {
  it('runs from the January before the first date to the January after the last', () => {
    const scale = timeScale(['2006-12-18', '2023-05-10']);
    expect(scale.at('2006-01-01')).toBe(0);
    expect(scale.at('2024-01-01')).toBe(100);
    expect(scale.at('2015-01-01')).toBeCloseTo(50, 5);
    expect(scale.at('2006-07-02')).toBeGreaterThan(scale.at('2006-07-01'));
  });

  it('ticks every 1, 2, 5 or 10 years so that at most 14 are labelled', () => {
    expect(timeScale(['2020-03-01', '2023-01-01']).ticks.map((t) => t.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(timeScale(['1990-06-19', '2026-11-28']).ticks.map((t) => t.year)).toEqual([
      1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025,
    ]);
    const wide = timeScale(['1950-01-01', '2026-01-01']).ticks;
    expect(wide.length).toBeLessThanOrEqual(14);
    expect(wide.every((t) => t.at >= 0 && t.at <= 100)).toBe(true);
  });
});
