import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useBundle } from '../bundle/bundle-context';
import { useLanguage } from '../language/language-context';
import { usePolicies } from '../policies/policy-context';
import { searchHref } from '../routes';
import { texts } from '../texts/active-texts';
import { matchPaletteItems, paletteItems, type PaletteItem } from './palette-items';
import { echoQuery } from './query-echo';
import { recordRecentSearch } from './recent-searches';
import { useShortcut } from './use-shortcut';
import './command-palette.css';

const t = texts.palette;

function PaletteDialog({ onClose }: { onClose: () => void }) {
  const reader = useBundle();
  const printing = usePolicies()?.values.DisablePrintAndPdf !== true;
  const { translations } = useLanguage();
  const items = useMemo(() => paletteItems(reader, printing, translations), [reader, printing, translations]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const titleId = useId();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => {
    const found = matchPaletteItems(items, query);
    const text = query.trim();
    if (!text) return found;
    const search: PaletteItem = {
      key: 'cmd:search',
      label: t.commands.search(echoQuery(text)),
      detail: t.command,
      href: searchHref(text),
      names: '',
      folded: '',
      exact: [],
    };
    return [...found, search];
  }, [items, query]);
  const current = Math.min(active, matches.length - 1);

  useEffect(() => {
    input.current?.focus();
  }, []);

  const run = (chosen: PaletteItem) => {
    onClose();
    if (chosen.key === 'cmd:search') recordRecentSearch(query);
    if (chosen.href) window.location.hash = chosen.href;
    else chosen.run?.();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      setActive((current + step + matches.length) % matches.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = matches[current];
      if (chosen) run(chosen);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      // The field is the dialog's only stop: the list is reached with the arrow keys.
      event.preventDefault();
    }
  };
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="palette" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId} className="palette-title">
          {t.title}
        </h2>
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-label={t.inputLabel}
          aria-expanded={matches.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={matches.length > 0 ? optionId(current) : undefined}
          placeholder={t.placeholder}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <div id={listId} role="listbox" aria-label={t.title} className="palette-list">
          {matches.map((m, i) => (
            <div
              key={m.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className="palette-option"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => run(m)}
            >
              <span className="palette-label">
                {m.label}
                {m.translated && (
                  <span lang={m.translated.lang} className="palette-translated">
                    {m.translated.text}
                  </span>
                )}
              </span>
              <span className="palette-detail">{m.detail}</span>
            </div>
          ))}
        </div>
        {matches.length === 0 && <p className="muted">{t.none}</p>}
        <span role="status" className="visually-hidden">
          {t.count(matches.length)}
        </span>
      </div>
    </div>
  );
}

/** The command palette: Ctrl+K (Cmd+K on a Mac) opens a field that jumps to any page, term or command; needs the bundle context. */
export function CommandPalette() {
  const [open, setOpen] = useState(false);
  const opener = useRef<Element | null>(null);
  useShortcut(
    (e) => (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k',
    () => {
      if (!open) opener.current = document.activeElement;
      setOpen(!open);
    },
  );
  const close = () => {
    setOpen(false);
    // Back to where the officer was, unless the chosen page takes focus itself.
    if (opener.current instanceof HTMLElement) opener.current.focus();
  };
  return open ? <PaletteDialog onClose={close} /> : null;
}
