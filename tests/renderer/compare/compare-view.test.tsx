import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createReaderBundle } from '../../../renderer/bundle/bundle-context';
import { CompareView } from '../../../renderer/compare/compare-view';
import { InstrumentPicker } from '../../../renderer/compare/instrument-picker';
import { bundleFixture } from '../bundle-fixture';
import { renderWithBundle } from '../render-with-bundle';

const SWEDISH = 'swedish-framework-decision-2006-960';
const DIRECTIVE = 'info-exchange-directive-2023-977';

describe('CompareView', () => {
  beforeEach(() => {
    window.location.hash = '';
  });

  it('asks for two instruments and adds each one ticked to the route', async () => {
    const user = userEvent.setup();
    renderWithBundle(<CompareView ids={[SWEDISH]} />);
    expect(screen.getByRole('status')).toHaveTextContent('Choose at least two instruments.');
    expect(screen.getByRole('checkbox', { name: /Swedish Framework Decision/ })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /Information Exchange Directive/ }));
    expect(window.location.hash).toBe(`#/compare?ids=${SWEDISH},${DIRECTIVE}`);
  });

  it('shows metadata and key facts side by side, one linked column per instrument', async () => {
    const user = userEvent.setup();
    renderWithBundle(<CompareView ids={[SWEDISH, DIRECTIVE, 'no-such-act']} />);
    const table = screen.getByRole('table', { name: 'Instruments side by side' });
    const heads = within(table).getAllByRole('columnheader');
    expect(heads.map((h) => within(h).getByRole('link').getAttribute('href'))).toEqual([`#/doc/${SWEDISH}`, `#/doc/${DIRECTIVE}`]);
    const celex = within(table).getByRole('rowheader', { name: 'CELEX' }).closest('tr') as HTMLElement;
    expect(within(celex).getAllByRole('cell').map((c) => c.textContent)).toEqual(['32006F0960', '32023L0977']);
    expect(within(table).getByRole('rowheader', { name: 'Time limits' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('Not in this content version: no-such-act');
    await user.click(screen.getByRole('button', { name: 'Remove Swedish Framework Decision from the comparison' }));
    expect(window.location.hash).toBe(`#/compare?ids=${DIRECTIVE}`);
  });
});

describe('InstrumentPicker', () => {
  it('filters the list and stops at the most allowed', async () => {
    const user = userEvent.setup();
    const { instruments } = createReaderBundle(bundleFixture());
    const chosen: string[][] = [];
    render(<InstrumentPicker instruments={instruments} chosen={[SWEDISH]} max={1} onChange={(ids) => chosen.push(ids)} />);
    expect(screen.getByRole('checkbox', { name: /Information Exchange Directive/ })).toBeDisabled();
    expect(screen.getByText('Four instruments are chosen: remove one to add another.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Swedish Framework Decision/ }));
    expect(chosen).toEqual([[]]);
    await user.type(screen.getByRole('textbox', { name: 'Filter the list' }), '2023/977');
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
  });
});
