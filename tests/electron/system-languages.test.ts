import { describe, expect, it, vi } from 'vitest';

const app = vi.hoisted(() => ({
  getPreferredSystemLanguages: vi.fn(() => ['de-AT', 'en-GB']),
  getLocale: vi.fn(() => 'de'),
}));
vi.mock('electron', () => ({ app }));

const { systemLanguageTags } = await import('../../electron/system-languages');

describe('the system’s languages (the Electron boundary)', () => {
  it('lists the preferred system languages first, then the locale Chromium runs in', () => {
    expect(systemLanguageTags()).toEqual(['de-AT', 'en-GB', 'de']);
    app.getPreferredSystemLanguages.mockReturnValueOnce([]);
    app.getLocale.mockReturnValueOnce('fr-FR');
    expect(systemLanguageTags()).toEqual(['fr-FR']);
  });
});
