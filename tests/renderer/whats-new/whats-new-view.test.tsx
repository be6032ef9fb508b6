import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildApi, type PolcoopApi } from '../../../common/contract/ipc-api';
import type { Channel } from '../../../common/contract/ipc-contract';
import { WhatsNewView } from '../../../renderer/whats-new/whats-new-view';
import { fixtureBundle } from '../fixture-content';
import { renderWithServices } from '../render-with-services';

const record = {
  fromVersion: '2026.11.0',
  toVersion: '2026.12.0',
  contentDate: '2026-12-01',
  switchedAt: '2026-12-02T10:00:00.000Z',
  changes: {
    added: [{ id: 'directive-2023-977', title: 'Directive (EU) 2023/977', kind: 'instrument' }],
    changed: [
      { id: 'prum-decision', title: 'Prüm Decision', kind: 'instrument' },
      { id: 'sis', title: 'SIS', kind: 'body' },
    ],
    removed: [{ id: 'swedish-initiative', title: 'Swedish Initiative', kind: 'instrument' }],
  },
};

function shell(values: Partial<Record<Channel, unknown>>): PolcoopApi {
  return buildApi(async (channel) =>
    channel in values
      ? { ok: true, value: values[channel] }
      : { ok: false, error: { code: 'failed', message: 'not available' } },
  );
}

describe('WhatsNewView', () => {
  it('lists added and changed documents as links and removed ones as plain text', async () => {
    renderWithServices(<WhatsNewView />, {
      api: shell({
        'packs:whatsNew': record,
        'packs:status': {
          source: 'pack',
          version: '2026.12.0',
          contentDate: '2026-12-01',
          canRevert: true,
          notices: [],
        },
      }),
    });
    expect(await screen.findByText(/changed from version 2026\.11\.0 to 2026\.12\.0/)).toBeInTheDocument();
    const added = screen.getByRole('region', { name: 'Added (1)' });
    expect(within(added).getByRole('link', { name: 'Directive (EU) 2023/977' })).toHaveAttribute(
      'href',
      '#/doc/directive-2023-977',
    );
    const changed = screen.getByRole('region', { name: 'Changed (2)' });
    expect(
      within(changed)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#/doc/prum-decision', '#/doc/sis']);
    const removed = screen.getByRole('region', { name: 'Removed (1)' });
    expect(within(removed).getByText('Swedish Initiative')).toBeInTheDocument();
    expect(within(removed).queryByRole('link')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows start-up notices about a pack that was set aside', async () => {
    const notice =
      'The content pack 2026.12.0-0123456789ab failed its check (bundle.json has been changed); it was set aside.';
    renderWithServices(<WhatsNewView />, {
      api: shell({
        'packs:whatsNew': null,
        'packs:status': {
          source: 'built-in',
          version: '2026.11.0',
          contentDate: '2026-11-28',
          canRevert: false,
          notices: [notice],
        },
      }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(notice);
    expect(screen.getByText(/No content update has been installed yet/)).toBeInTheDocument();
  });

  it('says where updates come from when no shell answers (web edition)', async () => {
    renderWithServices(<WhatsNewView />, { api: shell({}) });
    expect(await screen.findByText(/installed in the desktop app/)).toBeInTheDocument();
  });

  it("links the content's own page on what changed in this version when the bundle has one", async () => {
    const bundle = fixtureBundle();
    const overview = bundle.documents.find((d) => d.id === 'overview');
    if (!overview) throw new Error('fixture has no overview');
    const documents = [
      ...bundle.documents,
      { ...overview, id: 'whats-new-in-content', title: 'What changed in this content version' },
    ];
    renderWithServices(<WhatsNewView />, { bundle: { ...bundle, documents } });
    expect(await screen.findByRole('link', { name: 'What changed in this content version' })).toHaveAttribute(
      'href',
      '#/doc/whats-new-in-content',
    );
    expect(screen.getByText(/Changes in content 2026\.1\.0:/)).toBeInTheDocument();
  });

  it('leaves the link out when the bundle has no such page', async () => {
    renderWithServices(<WhatsNewView />);
    expect(await screen.findByText(/installed in the desktop app/)).toBeInTheDocument();
    expect(screen.queryByText(/Changes in content/)).toBeNull();
  });
});
