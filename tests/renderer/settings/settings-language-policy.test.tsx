import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PolcoopApi } from '../../../common/contract/ipc-api';
import type { PolicyReport } from '../../../common/contract/policy-report-schema';
import type { UiLanguage } from '../../../content/model/languages';
import { LanguageProvider, useLanguage } from '../../../renderer/language/language-context';
import { PolicyProvider } from '../../../renderer/policies/policy-context';
import { SettingsPanel } from '../../../renderer/settings/settings-panel';
import { renderWithServices } from '../render-with-services';

function report(values: PolicyReport['values'], languageLocked: boolean): PolicyReport {
  return { values, languageLocked, applied: [], refused: [] };
}

function ShownLanguage() {
  return <output data-testid="language">{useLanguage().language}</output>;
}

/** Settings under a policy, as the app mounts it: the policy above the language, the panel inside. */
function renderSettings(initial: UiLanguage, policy: PolicyReport | undefined, api?: PolcoopApi) {
  localStorage.clear();
  return renderWithServices(
    <PolicyProvider initial={policy}>
      <LanguageProvider initial={{ language: initial, translations: null }}>
        {() => (
          <>
            <ShownLanguage />
            <SettingsPanel
              id="settings"
              theme="light"
              onTheme={() => undefined}
              fontSize={100}
              onFontSize={() => undefined}
              onClose={() => undefined}
            />
          </>
        )}
      </LanguageProvider>
    </PolicyProvider>,
    api ? { api } : {},
  );
}

describe('Settings under the Language and LockLanguage policies', () => {
  it('states the language the organisation locked and offers no way to change it', () => {
    renderSettings('fr', report({ Language: 'fr', LockLanguage: true }, true));
    const group = screen.getByRole('group', { name: 'Language' });
    expect(group).toHaveTextContent('Set by your organisation: Français');
    expect(group.querySelector('[lang="fr"]')).toHaveTextContent('Français');
    expect(within(group).queryAllByRole('radio')).toHaveLength(0);
  });

  it('offers the organisation default first, and lets the reader choose another language over it', async () => {
    renderSettings('de', report({ Language: 'de' }, false));
    const byDefault = screen.getByRole('radio', { name: "Your organisation's default (Deutsch)" });
    expect(byDefault).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    expect(await screen.findByTestId('language')).toHaveTextContent('en');
    expect(JSON.parse(localStorage.getItem('polcoop:language') ?? 'null')).toBe('en');
  });

  it('without a policy, offers the system and the three languages as before', () => {
    renderSettings('en', undefined);
    const group = screen.getByRole('group', { name: 'Language' });
    expect(within(group).getByRole('radio', { name: 'Follow the system' })).toBeChecked();
    expect(within(group).getAllByRole('radio')).toHaveLength(4);
  });

  it('asks the shell through policies:report when start-up gave no report, and then locks', async () => {
    const api = {
      policies: { report: () => Promise.resolve({ ok: true, value: report({ LockLanguage: true }, true) }) },
      // The page also tells the shell its language (for the menus); a shell that accepts it.
      app: { setLanguage: () => Promise.resolve({ ok: true, value: undefined }) },
    } as unknown as PolcoopApi;
    renderSettings('en', undefined, api);
    expect(await screen.findByText('Set by your organisation:', { exact: false })).toHaveTextContent('English');
  });
});
