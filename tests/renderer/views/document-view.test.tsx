import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DocumentView } from '../../../renderer/views/document-view';
import { renderWithServices } from '../render-with-services';

describe('DocumentView', () => {
  it('shows a section with its introduction and members grouped by kind', () => {
    renderWithServices(<DocumentView id="information-exchange" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Information exchange between law enforcement authorities',
    );
    expect(screen.getByText('Introduction to information exchange.')).toBeInTheDocument();
    const instruments = screen.getByRole('region', { name: 'Instruments' });
    expect(
      within(instruments)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Information Exchange Directive', 'Swedish Framework Decision']);
    expect(
      within(screen.getByRole('region', { name: 'Agencies, networks and systems' })).getByRole('link'),
    ).toHaveTextContent('SPOC');
    expect(within(screen.getByRole('region', { name: 'Guides' })).getByRole('link')).toHaveAttribute(
      'href',
      '#/doc/overview',
    );
    expect(screen.queryByRole('region', { name: 'Subsections' })).toBeNull();
  });

  it('shows an agency or system page with its type, status, key facts and the act that established it', () => {
    renderWithServices(<DocumentView id="spoc-body" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Single Point of Contact (SPOC)');
    expect(screen.getByText(/Type: Network/)).toBeInTheDocument();
    expect(screen.getByRole('note', { name: 'Status' })).toHaveTextContent('In force');
    expect(
      within(screen.getByRole('region', { name: 'Key facts' })).getByText('SIENA by default.'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Related instruments' })).getByText('Established by').parentElement,
    ).toHaveTextContent('Information Exchange Directive');
  });

  it('shows a guide page with its summary and contents', () => {
    renderWithServices(<DocumentView id="overview" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('EU police cooperation at a glance');
    expect(screen.getByText('What the EU does for police.')).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'On this page' })).getAllByRole('link')).toHaveLength(2);
  });

  it('prints the content version and date on every document', () => {
    const { container } = renderWithServices(<DocumentView id="overview" />);
    expect(container.querySelector('.print-header')).toHaveTextContent('content 2026.1.0 of 2026-01-15');
  });

  it('says so when a document is not in this content version', () => {
    renderWithServices(<DocumentView id="gone" />);
    expect(screen.getByRole('alert')).toHaveTextContent('not in this content version');
  });
});
