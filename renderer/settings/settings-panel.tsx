import { useEffect, useRef } from 'react';
import { LANGUAGE_CHOICES } from '../language/language-choice';
import { useLanguage } from '../language/language-context';
import { viewHref } from '../routes';
import { texts } from '../texts/active-texts';
import { DEFAULT_FONT_SIZE, stepFontSize } from './font-size';
import { THEMES, type Theme } from './theme';

const t = texts.settings;

/** Theme and text size choices, with the keyboard shortcuts and a link to About. */
export function SettingsPanel({
  id,
  theme,
  onTheme,
  fontSize,
  onFontSize,
  onClose,
}: {
  id: string;
  theme: Theme;
  onTheme: (theme: Theme) => void;
  fontSize: number;
  onFontSize: (size: number) => void;
  onClose: () => void;
}) {
  const { language, choice, choose, policy, chosenInSettings } = useLanguage();
  const chosen = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Back in Settings after a language change: focus returns to the language just chosen.
    if (chosenInSettings) chosen.current?.focus();
  }, [chosenInSettings]);
  return (
    <section
      id={id}
      className="settings-panel"
      aria-labelledby={`${id}-title`}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <h2 id={`${id}-title`}>{t.title}</h2>
      <fieldset>
        <legend>{t.theme}</legend>
        {THEMES.map((name) => (
          <label key={name}>
            <input type="radio" name="theme" value={name} checked={theme === name} onChange={() => onTheme(name)} />
            {t.themes[name]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.language}</legend>
        {policy.locked ? (
          // Locked by the organisation: the language is stated, not offered, so nothing here seems to change it.
          <p className="language-locked">
            {t.languageSetBy} <span lang={language}>{t.languages[language]}</span>
          </p>
        ) : (
          LANGUAGE_CHOICES.map((name) => (
            <label key={name}>
              <input
                type="radio"
                name="language"
                value={name}
                checked={choice === name}
                onChange={() => choose(name)}
                ref={choice === name ? chosen : undefined}
              />
              {/* Each language is named in itself, so a reader finds theirs whatever language is showing. */}
              {name === 'system' && policy.language ? (
                <span>
                  {t.organisationDefault} (<span lang={policy.language}>{t.languages[policy.language]}</span>)
                </span>
              ) : (
                <span lang={name === 'system' ? undefined : name}>{t.languages[name]}</span>
              )}
            </label>
          ))
        )}
      </fieldset>
      <fieldset>
        <legend>{t.fontSize}</legend>
        <div className="size-controls">
          <button type="button" onClick={() => onFontSize(stepFontSize(fontSize, -1))}>
            {t.smaller}
          </button>
          <output aria-live="polite">{t.sizeValue(fontSize)}</output>
          <button type="button" onClick={() => onFontSize(stepFontSize(fontSize, 1))}>
            {t.larger}
          </button>
          <button type="button" onClick={() => onFontSize(DEFAULT_FONT_SIZE)}>
            {t.resetSize}
          </button>
        </div>
      </fieldset>
      <p className="muted">{t.shortcuts}</p>
      <p>
        <a href={viewHref('about')} onClick={onClose}>
          {t.about}
        </a>
      </p>
      <button type="button" onClick={onClose}>
        {t.close}
      </button>
    </section>
  );
}
