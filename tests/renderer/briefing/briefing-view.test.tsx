import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BriefingView } from '../../../renderer/briefing/briefing-view';
import { renderWithServices } from '../render-with-services';

const IDS = ['info-exchange-directive-2023-977', 'swedish-framework-decision-2006-960'];

describe('the print view of a briefing pack', () => {
  it('shows a cover, contents linked to each item, and each item with its identifiers and status', async () => {
    renderWithServices(
      <BriefingView
        request={{ ids: IDS, title: 'Operation pack', subtitle: 'For the SPOC', paper: 'a4', made: '2026-12-01' }}
      />,
    );
    // The items' texts arrive as their body files are fetched; the glossary annex follows from them.
    await screen.findByRole('region', { name: 'Glossary of terms used' });
    const cover = screen.getByRole('region', { name: 'Cover' });
    expect(cover).toHaveTextContent('Operation pack');
    expect(cover).toHaveTextContent('For the SPOC');
    expect(cover).toHaveTextContent('Made on 1 December 2026');
    expect(cover).toHaveTextContent(/Content .+ of \d+ \w+ \d{4}/);
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    const links = within(contents).getAllByRole('link');
    // The Swedish Framework Decision's text marks two glossary terms, so the annex closes the pack.
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      ...IDS.map((id) => `#pack-${id}`),
      '#pack-glossary',
    ]);
    expect(screen.getByRole('region', { name: 'Glossary of terms used' })).toHaveTextContent('Swedish Initiative');
    const items = screen.getAllByRole('article');
    expect(items).toHaveLength(2);
    expect(within(items[0] as HTMLElement).getByRole('heading', { level: 1 })).toHaveAttribute('id', `pack-${IDS[0]}`);
    expect(items[0]).toHaveTextContent('CELEX32023L0977');
    expect(items[1]).toHaveTextContent(/Status: Repealed/);
    expect(items[1]).toHaveTextContent(/Status as of/);
    // No page numbers until a rendering has measured them.
    expect(contents.querySelector('.contents-page')).toHaveTextContent('');
  });

  it('prints the measured page numbers once it is given them, one per contents line', async () => {
    renderWithServices(<BriefingView request={{ ids: IDS, title: 'T', paper: 'a4', pages: [3, 7, 11] }} />);
    await screen.findByRole('region', { name: 'Glossary of terms used' });
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    const numbers = [...contents.querySelectorAll('.contents-page')].map((cell) => cell.textContent);
    expect(numbers).toEqual(['3', '7', '11']);
  });

  it('names the ids that are not in the content, and says so when nothing is left', () => {
    renderWithServices(<BriefingView request={{ ids: ['no-such-page'], title: 'T', paper: 'letter' }} />);
    const alerts = screen.getAllByRole('alert');
    expect(alerts[0]).toHaveTextContent('no-such-page');
    expect(alerts[1]).toHaveTextContent('This briefing pack has no pages.');
    expect(screen.queryByRole('navigation', { name: 'Contents' })).toBeNull();
  });
});
