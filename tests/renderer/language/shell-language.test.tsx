import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApi } from '../../../common/contract/ipc-api';
import type { Channel } from '../../../common/contract/ipc-contract';
import { LanguageProvider, useLanguage } from '../../../renderer/language/language-context';
import { activateTexts } from '../../../renderer/texts/active-texts';
import { renderWithServices } from '../render-with-services';

afterEach(async () => {
  localStorage.clear();
  await activateTexts('en');
});

function ChooseFrench() {
  const { choose, language } = useLanguage();
  return (
    <button type="button" onClick={() => choose('fr')}>
      {language}
    </button>
  );
}

describe('the page tells the shell its language', () => {
  it('at start and after a choice in Settings, once the new texts are active', async () => {
    const calls: [Channel, unknown][] = [];
    const api = buildApi(async (channel, input) => {
      calls.push([channel, input]);
      return { ok: true, value: undefined };
    });
    renderWithServices(
      <LanguageProvider initial={{ language: 'en', translations: null }}>{() => <ChooseFrench />}</LanguageProvider>,
      { api },
    );
    await waitFor(() => expect(calls).toEqual([['app:setLanguage', { language: 'en' }]]));
    fireEvent.click(screen.getByRole('button', { name: 'en' }));
    await screen.findByRole('button', { name: 'fr' });
    await waitFor(() => expect(calls.at(-1)).toEqual(['app:setLanguage', { language: 'fr' }]));
    expect(calls).toHaveLength(2);
  });
});
