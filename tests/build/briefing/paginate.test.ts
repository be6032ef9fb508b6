import { describe, expect, it } from 'vitest';
import { paginate } from '../../../build/briefing/paginate';

/** A fake layout: the contents take one more sheet when its numbers are printed wider than `width` digits allows. */
function layout(starts: (printed: number[] | undefined) => number[]) {
  const renderings: (number[] | undefined)[] = [];
  return {
    renderings,
    pagination: {
      render: (pages: number[] | undefined) => {
        renderings.push(pages);
        return Promise.resolve(starts(pages));
      },
      startPages: (pdf: number[]) => Promise.resolve(pdf),
    },
  };
}

describe('numbering the contents of a pack', () => {
  it('renders twice when the numbers do not move anything: measured, then printed and confirmed', async () => {
    const fake = layout(() => [3, 6, 9]);
    expect((await paginate(fake.pagination)).pages).toEqual([3, 6, 9]);
    expect(fake.renderings).toEqual([undefined, [3, 6, 9]]);
  });

  it('renders again when printing the numbers moved the items, until they agree', async () => {
    const fake = layout((printed) => (printed ? [4, 7, 10] : [3, 6, 9]));
    expect((await paginate(fake.pagination)).pages).toEqual([4, 7, 10]);
    expect(fake.renderings).toEqual([undefined, [3, 6, 9], [4, 7, 10]]);
  });

  it('gives up rather than print numbers that never settle', async () => {
    let shift = 0;
    const fake = layout(() => [3 + shift++]);
    await expect(paginate(fake.pagination)).rejects.toThrow(/did not settle/);
  });

  it('refuses a rendering where an entry has no place', async () => {
    await expect(
      paginate({ render: () => Promise.resolve(0), startPages: () => Promise.resolve([3, undefined]) }),
    ).rejects.toThrow(/contents entry 2 has no place/);
  });
});
