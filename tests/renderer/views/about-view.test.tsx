import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../../common/contract/ipc-api';
import { AboutView } from '../../../renderer/views/about-view';
import { renderWithServices } from '../render-with-services';

const value = (label: string) => screen.getByText(label).nextElementSibling?.textContent;

describe('AboutView', () => {
  it('shows app version, bundle id, version, content date and manifest hash from the shell', async () => {
    const info = {
      appName: 'polcoop',
      appVersion: '1.2.3',
      bundleId: 'eu-police-cooperation',
      bundleVersion: '2026.2.0',
      contentDate: '2026-02-01',
      manifestSha256: 'ab'.repeat(32),
    };
    const api = buildApi(async (channel) =>
      channel === 'app:info' ? { ok: true, value: info } : { ok: false, error: { code: 'failed', message: 'no' } },
    );
    renderWithServices(<AboutView />, { api });
    expect(await screen.findByText('1.2.3')).toBeInTheDocument();
    expect(value('Content bundle')).toBe('eu-police-cooperation');
    expect(value('Content version')).toBe('2026.2.0');
    expect(value('Content date')).toBe('2026-02-01');
    expect(value('Manifest SHA-256')).toBe('ab'.repeat(32));
  });

  it('falls back to the loaded bundle where no shell answers', () => {
    renderWithServices(<AboutView />);
    expect(value('Content bundle')).toBe('test-bundle');
    expect(value('Content version')).toBe('2026.1.0');
    expect(value('App version')).toBe('Not reported by this edition');
  });
});
