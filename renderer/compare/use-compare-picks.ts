import { useState } from 'react';
import { compareHref } from '../routes';

interface Picks {
  /** The route (ids joined) last taken in; the route changing from it means the URL moved (Back, Forward, a link, or our own pick arriving). */
  routeKey: string;
  ids: readonly string[];
  pickerOpen: boolean;
}

/** What the compare view shows and how it changes its choice. */
export interface ComparePicks {
  /** The chosen instrument ids, in the order they were chosen. */
  chosen: readonly string[];
  /** Shows a new choice at once and records it in the URL (a history entry, so Back undoes it). */
  choose(next: readonly string[]): void;
  pickerOpen: boolean;
  setPickerOpen(open: boolean): void;
}

const fewerThanTwo = (ids: readonly string[]) => ids.length < 2;

/**
 * The instruments (or, with `hrefOf` naming the country comparison, the states) chosen for comparison, held locally so a tick shows in the same event rather than after the
 * `hashchange` has gone round the router. The URL stays the source of truth: whenever the route's ids change (load,
 * reload, Back, Forward, a link, or a pick of our own arriving, which then changes nothing), the choice is taken from
 * the route again. The picker starts folded only when the page opens with two or more instruments already chosen,
 * stays as the user leaves it while they pick, and opens again whenever fewer than two are left.
 */
export function useComparePicks(
  routeIds: readonly string[],
  hrefOf: (ids: string[]) => string = compareHref,
): ComparePicks {
  const routeKey = routeIds.join(',');
  const [picks, setPicks] = useState<Picks>(() => ({ routeKey, ids: routeIds, pickerOpen: fewerThanTwo(routeIds) }));
  let current = picks;
  if (picks.routeKey !== routeKey) {
    // Adjusting state while rendering (not in an effect) so the outside change never paints the stale choice.
    current = { routeKey, ids: routeIds, pickerOpen: picks.pickerOpen || fewerThanTwo(routeIds) };
    setPicks(current);
  }
  return {
    chosen: current.ids,
    choose: (next) => {
      setPicks((p) => ({ ...p, ids: next, pickerOpen: p.pickerOpen || fewerThanTwo(next) }));
      window.location.hash = hrefOf([...next]);
    },
    pickerOpen: current.pickerOpen,
    setPickerOpen: (open) => setPicks((p) => (p.pickerOpen === open ? p : { ...p, pickerOpen: open })),
  };
}
