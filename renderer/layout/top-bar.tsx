import { useId, useRef, useState, type ReactNode } from 'react';
import { SettingsPanel } from '../settings/settings-panel';
import type { Theme } from '../settings/theme';
import { ariaKeyShortcuts } from '../commands/command-keys';
import { useLanguage } from '../language/language-context';
import { viewHref } from '../routes';
import { texts } from '../texts/active-texts';

const t = texts.topBar;

/** The top bar: back and forward, the reference's name, the search box, bookmarks and settings. */
export function TopBar({
  search,
  theme,
  onTheme,
  fontSize,
  onFontSize,
}: {
  search: ReactNode;
  theme: Theme;
  onTheme: (theme: Theme) => void;
  fontSize: number;
  onFontSize: (size: number) => void;
}) {
  // A language chosen in Settings renders the app afresh in it; Settings opens again so the reader stays where they were.
  const [open, setOpen] = useState(useLanguage().chosenInSettings);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <header className="top-bar">
      <div className="history-buttons">
        <button type="button" onClick={() => window.history.back()} aria-label={t.back} title={t.backHint}>
          ←
        </button>
        <button type="button" onClick={() => window.history.forward()} aria-label={t.forward} title={t.forwardHint}>
          →
        </button>
      </div>
      <a className="brand" href={viewHref('home')}>
        {texts.appName}
      </a>
      <div className="search-slot">{search}</div>
      <a className="top-link" href={viewHref('bookmarks')} aria-keyshortcuts={ariaKeyShortcuts('show-bookmarks')}>
        {t.bookmarks}
      </a>
      <button
        ref={button}
        type="button"
        className="top-link"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t.settings}
      </button>
      {open && (
        <SettingsPanel
          id={panelId}
          theme={theme}
          onTheme={onTheme}
          fontSize={fontSize}
          onFontSize={onFontSize}
          onClose={close}
        />
      )}
    </header>
  );
}
