import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentView } from '../../../renderer/views/document-view';
import { renderWithServices } from '../render-with-services';

describe('InstrumentView', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows a compact header with the short name and status, the title, a status banner and a successor strip naming the repealing act once', () => {
    renderWithServices(<DocumentView id="swedish-framework-decision-2006-960" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Council Framework Decision 2006/960/JHA');
    const compact = screen.getByText('Swedish Framework Decision', { selector: '.short-name' })
      .parentElement as HTMLElement;
    expect(compact).toHaveClass('reading-header');
    expect(within(compact).getByText('Repealed')).toHaveClass('status-badge', 'status-repealed');
    const banner = screen.getByRole('note', { name: 'Status' });
    expect(banner).toHaveTextContent('Repealed');
    expect(banner).toHaveTextContent(
      'Status as of 10 January 2026, checked against EUR-Lex, Directive (EU) 2023/977 (opens outside the app).',
    );
    const strip = screen.getByRole('navigation', { name: 'Successor' });
    expect(strip).toHaveTextContent('Replaced by Information Exchange Directive →');
    expect(within(strip).getAllByRole('link')).toHaveLength(1);
    expect(within(strip).getByRole('link', { name: 'Go to Information Exchange Directive' })).toHaveAttribute(
      'href',
      '#/doc/info-exchange-directive-2023-977',
    );
  });

  it('shows no successor strip on an act nothing replaces', () => {
    renderWithServices(<DocumentView id="info-exchange-directive-2023-977" />);
    expect(screen.queryByRole('navigation', { name: 'Successor' })).toBeNull();
  });

  it('lists identifiers and dates in the metadata panel, dates in words', () => {
    renderWithServices(<DocumentView id="swedish-framework-decision-2006-960" />);
    const panel = screen.getByRole('region', { name: 'Identifiers and dates' });
    const value = (label: string) => within(panel).getByText(label).nextElementSibling?.textContent;
    expect(value('CELEX')).toBe('32006F0960');
    expect(value('ELI')).toBe('http://data.europa.eu/eli/dec_framw/2006/960/oj');
    expect(value('Official Journal')).toBe('OJ L 386, 29.12.2006, p. 89');
    expect(value('Number')).toBe('2006/960/JHA');
    expect(value('Adopted')).toBe('18 December 2006');
    expect(value('Entry into force')).toBe('30 December 2006');
    expect(value('Legal basis')).toBe('Articles 30 and 34 TEU');
    expect(within(panel).queryByText('Applies from')).toBeNull();
    expect(within(panel).getByRole('link', { name: 'Time limits' })).toHaveAttribute(
      'href',
      '#/search?q=&topic=time-limits',
    );
    expect(within(panel).getByText('Topics').nextElementSibling?.textContent).toBe('Information exchangeTime limits');
  });

  it('copies the citation and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderWithServices(<DocumentView id="swedish-framework-decision-2006-960" />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(writeText).toHaveBeenCalledWith(
      'Council Framework Decision 2006/960/JHA on simplifying the exchange of information (OJ L 386, 29.12.2006, p. 89). CELEX 32006F0960. ELI http://data.europa.eu/eli/dec_framw/2006/960/oj.',
    );
    expect(await screen.findByText('Citation copied to the clipboard.')).toHaveAttribute('role', 'status');
  });

  it('says when the clipboard refuses the citation', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    renderWithServices(<DocumentView id="swedish-framework-decision-2006-960" />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(await screen.findByText(/could not be copied/)).toBeInTheDocument();
  });

  it('shows key facts as a table without empty rows', () => {
    renderWithServices(<DocumentView id="swedish-framework-decision-2006-960" />);
    const facts = screen.getByRole('region', { name: 'Key facts' });
    expect(
      within(facts)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['Data', 'Channels', 'Time limits']);
    expect(within(facts).getByText('Urgent: 8 hours.')).toBeInTheDocument();
  });

  it('has a table of contents and an anchor link on every heading', () => {
    renderWithServices(<DocumentView id="swedish-framework-decision-2006-960" />);
    const toc = screen.getByRole('navigation', { name: 'On this page' });
    expect(within(toc).getByRole('link', { name: 'Time limits' })).toHaveAttribute(
      'href',
      '#/doc/swedish-framework-decision-2006-960/time-limits',
    );
    expect(screen.getByRole('link', { name: 'Link to “Purpose”' })).toHaveAttribute(
      'href',
      '#/doc/swedish-framework-decision-2006-960/purpose',
    );
    expect(screen.getAllByRole('link', { name: /^Link to “Purpose”/ })).toHaveLength(1);
  });

  it('shows related instruments in both directions', () => {
    renderWithServices(<DocumentView id="info-exchange-directive-2023-977" />);
    const related = screen.getByRole('region', { name: 'Related instruments' });
    expect(within(related).getByText('Repeals').parentElement).toHaveTextContent('Swedish Framework Decision');
    expect(within(related).getByText('Repeals').parentElement).toHaveTextContent('Repealed');
    expect(within(related).getByText('Establishes').parentElement).toHaveTextContent('SPOC');
    expect(screen.getByRole('note', { name: 'Status' })).toHaveTextContent('In force');
  });
});
