import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bundle, Document } from '../../../content/model/bundle-schema';
import { isContentStale } from '../../../renderer/layout/content-age';
import { StaleContentNotice } from '../../../renderer/layout/stale-content-notice';
import { DocumentView } from '../../../renderer/views/document-view';
import { fixtureBundle } from '../fixture-content';
import { renderWithServices } from '../render-with-services';

/** The fixture with one document changed. */
function withDocument(id: string, change: (doc: Document) => Document): Bundle {
  const bundle = fixtureBundle();
  return { ...bundle, documents: bundle.documents.map((d) => (d.id === id ? change(d) : d)) };
}

const OLD = 'swedish-framework-decision-2006-960';
const NEW = 'info-exchange-directive-2023-977';

describe('how current a page is', () => {
  afterEach(() => vi.useRealTimers());

  it('lists every source with a link that leaves the app, its article and CELEX, and marks unverified claims', () => {
    const bundle = withDocument(NEW, (d) => ({
      ...d,
      sources: [
        { title: 'Directive (EU) 2023/977', celex: '32023L0977', article: 'Art. 5(1)' },
        { title: 'EU Monitor, Directive 2023/977', url: 'https://www.eumonitor.eu/x', secondary: true },
        { title: 'Council Decision by ELI', eli: 'http://data.europa.eu/eli/dec/2008/615/oj' },
      ],
      unverified: ['The number of Member States that transposed it on time.'],
    }));
    renderWithServices(<DocumentView id={NEW} />, { bundle });
    const trail = screen.getByRole('region', { name: 'Sources' });
    expect(trail).toHaveTextContent('Facts on this page checked against these sources on 10 January 2026.');
    const links = within(trail).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32023L0977',
      'https://www.eumonitor.eu/x',
      'https://data.europa.eu/eli/dec/2008/615/oj',
    ]);
    for (const a of links) expect(a).toHaveAttribute('target', '_blank');
    expect(within(trail).getAllByRole('listitem')[0]).toHaveTextContent(
      'Directive (EU) 2023/977 (opens outside the app) · Art. 5(1) · CELEX 32023L0977',
    );
    expect(within(trail).getAllByRole('listitem')[1]).toHaveTextContent('secondary source');
    const unverified = within(trail).getByRole('heading', { name: 'Not confirmed by a source' })
      .parentElement as HTMLElement;
    expect(within(unverified).getByRole('listitem')).toHaveTextContent(
      'Unverified The number of Member States that transposed it on time.',
    );
    // The status line names the act itself, with its article.
    expect(screen.getByRole('note', { name: 'Status' })).toHaveTextContent(
      'Status as of 10 January 2026, checked against Directive (EU) 2023/977 (opens outside the app) (Art. 5(1)).',
    );
  });

  it('shows a pending repeal in the badge, the banner and a successor strip with what it waits for', () => {
    const bundle = withDocument(OLD, (d) =>
      d.kind === 'instrument'
        ? {
            ...d,
            status: 'in-force',
            standing: { key: 'repeal-pending' },
            effective: { [NEW]: { pending: 'the start of operations of the revised VIS' } },
          }
        : d,
    );
    renderWithServices(<DocumentView id={OLD} />, { bundle });
    expect(screen.getByText('In force, repeal pending', { selector: '.reading-header .status-badge' })).toHaveClass(
      'status-repeal-pending',
    );
    expect(screen.getByRole('note', { name: 'Status' })).toHaveTextContent(/^In force, repeal pending/);
    expect(screen.getByRole('navigation', { name: 'Successor' })).toHaveTextContent(
      'Being replaced by Information Exchange Directive → · pending: the start of operations of the revised VIS',
    );
  });

  it('says "applies from" with the date before an act applies, and when an amendment took effect', () => {
    const bundle = withDocument(NEW, (d) =>
      d.kind === 'instrument'
        ? {
            ...d,
            standing: { key: 'applies-from', date: '2027-01-10' },
            relations: { ...d.relations, amendedBy: [OLD] },
            effective: { [OLD]: { date: '2025-06-11', note: 'entry into force' } },
          }
        : d,
    );
    renderWithServices(<DocumentView id={NEW} />, { bundle });
    expect(screen.getByText('Applies from 10 January 2027', { selector: '.status-badge' })).toBeInTheDocument();
    const banner = screen.getByRole('note', { name: 'Status' });
    expect(banner).toHaveTextContent('In force, applies from 10 January 2027');
    expect(banner).toHaveTextContent(
      'Amended by Swedish Framework Decision Repealed (in effect since 11 June 2025 (entry into force))',
    );
  });
});

describe('the stale-content notice', () => {
  afterEach(() => vi.useRealTimers());

  it('counts content as stale only more than six months after its date', () => {
    expect(isContentStale('2026-12-03', new Date('2027-06-03T00:00:00Z'))).toBe(false);
    expect(isContentStale('2026-12-03', new Date('2027-06-03T00:00:01Z'))).toBe(true);
    expect(isContentStale('not a date', new Date())).toBe(false);
  });

  it('appears when the clock is seven months past the content date, says how to get newer content, and can be dismissed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-08-15T09:00:00Z'));
    const { rerender } = renderWithServices(<StaleContentNotice contentDate="2026-01-15" />);
    const notice = screen.getByRole('complementary', { name: 'Content age' });
    expect(notice).toHaveTextContent(
      'This content is dated 15 January 2026, more than six months ago, and may be out of date.',
    );
    expect(notice).toHaveTextContent('Ask whoever runs this edition of the reference for newer content.');
    vi.useRealTimers();
    const { default: userEvent } = await import('@testing-library/user-event');
    await userEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('complementary', { name: 'Content age' })).toBeNull();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-15T09:00:00Z'));
    rerender(<StaleContentNotice contentDate="2026-05-01" key="fresh" />);
    expect(screen.queryByRole('complementary', { name: 'Content age' })).toBeNull();
  });
});
