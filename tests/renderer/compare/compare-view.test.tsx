import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bundle } from '../../../content/model/bundle-schema';
import { createReaderBundle } from '../../../renderer/bundle/bundle-context';
import { CompareView } from '../../../renderer/compare/compare-view';
import { InstrumentPicker } from '../../../renderer/compare/instrument-picker';
import { RouteView } from '../../../renderer/route-view';
import { useRoute } from '../../../renderer/use-route';
import { fixtureBodies, fixtureBundle } from '../fixture-content';
import { renderWithServices } from '../render-with-services';

const SWEDISH = 'swedish-framework-decision-2006-960';
const DIRECTIVE = 'info-exchange-directive-2023-977';
const EUROPOL = 'europol-regulation-2016-794';

/** The fixture bundle with a third instrument, so a pick can go past two. */
function threeInstruments(): Bundle {
  const bundle = fixtureBundle();
  const directive = bundle.documents.find((d) => d.id === DIRECTIVE);
  if (directive?.kind !== 'instrument') throw new Error('the fixture lost its directive');
  const europol = {
    ...directive,
    id: EUROPOL,
    shortName: 'Europol Regulation',
    title: 'Regulation (EU) 2016/794 on Europol',
    celex: '32016R0794',
  };
  return {
    ...bundle,
    documents: [
      ...bundle.documents,
      { ...europol, relations: { ...directive.relations, repeals: [], replaces: [], establishes: [] } },
    ],
  };
}

/** The compare view as the app mounts it: under the router, following the location hash. */
function Routed() {
  return <RouteView route={useRoute()} />;
}

/** Lets the queued `hashchange` events reach the router, as the browser would on its next turn. */
async function hashChangesGoRound() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

const box = (name: RegExp) => screen.getByRole('checkbox', { name });
const picker = () => screen.getByText('Instruments to compare:').closest('details') as HTMLDetailsElement;

describe('CompareView', () => {
  beforeEach(() => {
    window.location.hash = '';
  });

  it('asks for two instruments and adds each one ticked to the route', async () => {
    const user = userEvent.setup();
    renderWithServices(<CompareView ids={[SWEDISH]} />);
    expect(screen.getByRole('status')).toHaveTextContent('Choose at least two instruments.');
    expect(screen.getByRole('checkbox', { name: /Swedish Framework Decision/ })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /Information Exchange Directive/ }));
    expect(window.location.hash).toBe(`#/compare?ids=${SWEDISH},${DIRECTIVE}`);
  });

  it('shows metadata and key facts side by side, one linked column per instrument', async () => {
    const user = userEvent.setup();
    renderWithServices(<CompareView ids={[SWEDISH, DIRECTIVE, 'no-such-act']} />);
    const table = screen.getByRole('table', { name: 'Instruments side by side' });
    const heads = within(table).getAllByRole('columnheader');
    expect(heads.map((h) => within(h).getByRole('link').getAttribute('href'))).toEqual([
      `#/doc/${SWEDISH}`,
      `#/doc/${DIRECTIVE}`,
    ]);
    const celex = within(table).getByRole('rowheader', { name: 'CELEX' }).closest('tr') as HTMLElement;
    expect(
      within(celex)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['32006F0960', '32023L0977']);
    expect(within(table).getByRole('rowheader', { name: 'Time limits' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('Not in this content version: no-such-act');
    await user.click(screen.getByRole('button', { name: 'Remove Swedish Framework Decision from the comparison' }));
    expect(window.location.hash).toBe(`#/compare?ids=${DIRECTIVE}`);
  });
});

describe('CompareView under the router', () => {
  beforeEach(async () => {
    window.location.hash = '#/compare';
    await hashChangesGoRound();
  });

  describe('while the hashchange is held back', () => {
    const held: Event[] = [];
    const hold = (event: Event) => {
      held.push(event);
      event.stopImmediatePropagation();
    };
    // Registered before the router subscribes, so it runs first and the router never hears of the change.
    beforeEach(() => {
      held.length = 0;
      window.addEventListener('hashchange', hold, { capture: true });
    });
    afterEach(() => window.removeEventListener('hashchange', hold, { capture: true }));

    it('shows a tick in the same event, before the hash change has gone round the router', async () => {
      renderWithServices(<Routed />, { bundle: threeInstruments() });
      fireEvent.click(box(/Swedish Framework Decision/));
      // Synchronously after the click: no hashchange has been dispatched, let alone reached the router.
      expect(held).toHaveLength(0);
      expect(box(/Swedish Framework Decision/)).toBeChecked();
      expect(picker()).toHaveTextContent('Instruments to compare: 1 instrument chosen');
      expect(window.location.hash).toBe(`#/compare?ids=${SWEDISH}`);

      fireEvent.click(box(/Information Exchange Directive/));
      expect(box(/Information Exchange Directive/)).toBeChecked();
      expect(screen.getByRole('table', { name: 'Instruments side by side' })).toBeInTheDocument();
      await waitFor(() => expect(held.length).toBeGreaterThan(0));
      // The browser has now fired the change; held back from the router, the ticks still stand.
      expect(box(/Swedish Framework Decision/)).toBeChecked();
      expect(box(/Information Exchange Directive/)).toBeChecked();

      window.removeEventListener('hashchange', hold, { capture: true });
      act(() => {
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
      expect(box(/Swedish Framework Decision/)).toBeChecked();
      expect(box(/Information Exchange Directive/)).toBeChecked();
      expect(window.location.hash).toBe(`#/compare?ids=${SWEDISH},${DIRECTIVE}`);
    });
  });

  it('keeps the picker open while a third instrument is picked and counts the chosen ones in its summary', async () => {
    const user = userEvent.setup();
    renderWithServices(<Routed />, { bundle: threeInstruments() });
    expect(picker().open).toBe(true);
    expect(picker()).toHaveTextContent('Instruments to compare: none chosen yet');
    for (const name of [/Swedish Framework Decision/, /Information Exchange Directive/, /Europol Regulation/]) {
      await user.click(box(name));
      await hashChangesGoRound();
      expect(box(name)).toBeChecked();
      expect(picker().open).toBe(true);
    }
    expect(picker()).toHaveTextContent('Instruments to compare: 3 instruments chosen');
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(3);
  });

  it('starts folded when a link already names two instruments, and opens again when fewer than two are left', async () => {
    const user = userEvent.setup();
    window.location.hash = `#/compare?ids=${SWEDISH},${DIRECTIVE}`;
    await hashChangesGoRound();
    renderWithServices(<Routed />, { bundle: threeInstruments() });
    expect(picker().open).toBe(false);
    expect(picker()).toHaveTextContent('Instruments to compare: 2 instruments chosen');
    await user.click(screen.getByRole('button', { name: 'Remove Swedish Framework Decision from the comparison' }));
    expect(picker().open).toBe(true);
    expect(box(/Swedish Framework Decision/)).not.toBeChecked();
    expect(picker()).toHaveTextContent('Instruments to compare: 1 instrument chosen');
  });

  it('takes the choice from the URL again on Back and Forward', async () => {
    const user = userEvent.setup();
    renderWithServices(<Routed />, { bundle: threeInstruments() });
    await user.click(box(/Swedish Framework Decision/));
    await user.click(box(/Information Exchange Directive/));
    await user.click(box(/Europol Regulation/));
    await hashChangesGoRound();
    expect(window.location.hash).toBe(`#/compare?ids=${SWEDISH},${DIRECTIVE},${EUROPOL}`);

    await act(async () => window.history.back());
    await waitFor(() => expect(box(/Europol Regulation/)).not.toBeChecked());
    expect(box(/Information Exchange Directive/)).toBeChecked();
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(2);
    expect(picker()).toHaveTextContent('2 instruments chosen');

    await act(async () => window.history.forward());
    await waitFor(() => expect(box(/Europol Regulation/)).toBeChecked());
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(3);

    act(() => {
      window.location.hash = `#/compare?ids=${DIRECTIVE}`;
    });
    await hashChangesGoRound();
    expect(box(/Swedish Framework Decision/)).not.toBeChecked();
    expect(box(/Information Exchange Directive/)).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Choose at least two instruments.');
  });
});

describe('InstrumentPicker', () => {
  it('filters the list and stops at the most allowed', async () => {
    const user = userEvent.setup();
    const { instruments } = createReaderBundle(fixtureBundle(), fixtureBodies());
    const chosen: string[][] = [];
    render(
      <InstrumentPicker instruments={instruments} chosen={[SWEDISH]} max={1} onChange={(ids) => chosen.push(ids)} />,
    );
    expect(screen.getByRole('checkbox', { name: /Information Exchange Directive/ })).toBeDisabled();
    expect(screen.getByText('Four instruments are chosen: remove one to add another.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Swedish Framework Decision/ }));
    expect(chosen).toEqual([[]]);
    await user.type(screen.getByRole('textbox', { name: 'Filter the list' }), '2023/977');
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
  });
});
