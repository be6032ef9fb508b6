import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BundleProvider } from '../../../renderer/bundle/bundle-context';
import { CorrectionLine } from '../../../renderer/search-ui/correction-line';
import { DirectAnswerBox } from '../../../renderer/search-ui/direct-answer-box';
import { SearchClientContext } from '../../../renderer/search-ui/search-client-context';
import { SearchResultsView } from '../../../renderer/search-ui/search-results-view';
import type { DirectAnswer } from '../../../renderer/search/direct-answer';
import { fixtureBundle } from '../fixture-content';
import { fixtureSearchClient } from './fixture-search-client';

const subject = {
  id: 'info-exchange-directive-2023-977',
  kind: 'instrument',
  title: 'Directive (EU) 2023/977',
  shortName: 'Information Exchange Directive',
} as const;
const source = { title: 'Directive (EU) 2023/977', celex: '32023L0977', article: 'Art. 5(1)(c)' };

function renderWithBundle(node: React.ReactNode) {
  return render(<BundleProvider bundle={fixtureBundle()}>{node}</BundleProvider>);
}

describe('the direct answer above the results', () => {
  afterEach(cleanup);

  it('shows a time limit with its period, start, article, source, check date and links', () => {
    const answer: DirectAnswer = {
      kind: 'time-limit',
      subject,
      limits: [
        {
          id: 'other',
          instrument: subject.id,
          what: 'Reply to any request that is not urgent',
          duration: { value: 7, unit: 'calendar-days' },
          starts: 'receipt of the request',
          article: 'Art. 5(1)(c)',
          source,
          checked: '2026-12-03',
        },
      ],
    };
    renderWithBundle(<DirectAnswerBox answer={answer} />);
    const box = screen.getByRole('region', { name: 'Time limits: Information Exchange Directive' });
    expect(box).toHaveTextContent('Reply to any request that is not urgent');
    expect(box).toHaveTextContent('7 calendar days from receipt of the request (Art. 5(1)(c)).');
    expect(box).toHaveTextContent(/Source: Directive \(EU\) 2023\/977.*, Art\. 5\(1\)\(c\); checked 3 December 2026/);
    expect(within(box).getByRole('link', { name: 'Work out the deadline' })).toHaveAttribute(
      'href',
      '#/clock?limit=other',
    );
    expect(within(box).getByRole('link', { name: 'Open Information Exchange Directive' })).toHaveAttribute(
      'href',
      '#/doc/info-exchange-directive-2023-977',
    );
  });

  it('shows a status with what replaced the act and when', () => {
    const answer: DirectAnswer = {
      kind: 'status',
      subject: { ...subject, id: 'swedish-framework-decision-2006-960', shortName: 'Swedish Framework Decision' },
      standing: { key: 'repealed', date: '2024-12-12' },
      successors: [
        {
          id: subject.id,
          relation: 'repealed-by',
          date: '2024-12-12',
          title: subject.title,
          shortName: subject.shortName,
          kind: 'instrument',
        },
      ],
      source: { title: 'Framework Decision 2006/960/JHA', celex: '32006F0960' },
      checked: '2026-12-03',
    };
    renderWithBundle(<DirectAnswerBox answer={answer} />);
    const box = screen.getByRole('region', { name: 'Status: Swedish Framework Decision' });
    expect(box).toHaveTextContent('Repealed (ended 12 December 2024)');
    expect(within(box).getByRole('link', { name: 'Information Exchange Directive' })).toHaveAttribute(
      'href',
      '#/doc/info-exchange-directive-2023-977',
    );
    expect(box).toHaveTextContent(/Replaced by Information Exchange Directive · /);
  });

  it('says what the results are for and links to the words as typed', () => {
    render(
      <CorrectionLine
        correction={{ query: 'swedish initiative', words: [{ from: 'initative', to: 'initiative' }] }}
        query="swedish initative"
        filters={{ kind: 'instrument' }}
      />,
    );
    expect(screen.getByText(/Showing results for/)).toHaveTextContent(
      'Showing results for swedish initiative. Search instead for swedish initative',
    );
    expect(screen.getByRole('link', { name: 'swedish initative' })).toHaveAttribute(
      'href',
      '#/search?q=swedish+initative&kind=instrument&verbatim=1',
    );
  });

  it('shows the correction on the results page, and none when the route asks for the words as typed', async () => {
    const client = fixtureSearchClient();
    const view = (filters: Record<string, string>) => (
      <BundleProvider bundle={fixtureBundle()}>
        <SearchClientContext.Provider value={() => client}>
          <SearchResultsView query="swedish initative" filters={filters} />
        </SearchClientContext.Provider>
      </BundleProvider>
    );
    const { rerender } = render(view({}));
    expect(await screen.findByText(/Showing results for/)).toHaveTextContent('swedish initiative');
    rerender(view({ verbatim: '1' }));
    await screen.findByText(/for “swedish initative”/);
    expect(screen.queryByText(/Showing results for/)).toBeNull();
  });
});
