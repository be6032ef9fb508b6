import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { ariaKeyShortcuts } from '../commands/command-keys';
import { useCommand } from '../commands/use-command';
import { searchHref } from '../routes';
import type { SearchResult } from '../search/search-types';
import { texts } from '../texts/active-texts';
import { StatusBadge } from '../views/status-badge';
import { echoQuery, fullQueryTitle } from './query-echo';
import { readRecentSearches, recordRecentSearch } from './recent-searches';
import { resultHref } from './result-href';
import { useSearchClient } from './search-client-context';
import { SnippetText } from './snippet-text';
import { useSearch } from './use-search';
import { isTyping, useShortcut } from './use-shortcut';
import './search-box.css';

const t = texts.search;
const SUGGESTIONS = 8;
const OPTIONS = { typing: true, limit: SUGGESTIONS } as const;
const CHANNEL = 'box';

type Option =
  { kind: 'result'; result: SearchResult } | { kind: 'recent'; query: string } | { kind: 'all'; query: string };

function optionLabel(option: Exclude<Option, { kind: 'result' }>): string {
  return option.kind === 'recent' ? echoQuery(option.query) : t.seeAll(echoQuery(option.query));
}

function ResultOption({ result }: { result: SearchResult }) {
  return (
    <>
      <span className="suggestion-title">
        <span className="suggestion-name">{result.shortName || result.title}</span>
        <span className="suggestion-kind">{texts.kinds[result.kind]}</span>
        {result.standing && result.kind === 'instrument' && <StatusBadge standing={result.standing} />}
      </span>
      {result.headingPath.length > 0 && <span className="heading-path">{result.headingPath.join(' › ')}</span>}
      {result.snippet.text && (
        <span className="suggestion-snippet">
          <SnippetText snippet={result.snippet} />
        </span>
      )}
    </>
  );
}

/**
 * The search field of the top bar: results as you type in a list below it (arrow keys and Enter open one,
 * Escape closes it, `/` anywhere focuses the field), recent searches when empty, Enter alone opens all results.
 * `initialQuery` is the query of the search page being shown ('' on any other page) and `page` names the page
 * shown: whenever the reader goes to another page (a link, back or forward, the palette, a suggestion), the
 * field shows that page's query, so it holds the query on the results page and is empty on a document.
 */
export function SearchBox({ initialQuery = '', page = '' }: { initialQuery?: string; page?: string }) {
  const [query, setQuery] = useState(initialQuery);
  const [shown, setShown] = useState({ initialQuery, page });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [recent, setRecent] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  if (initialQuery !== shown.initialQuery || page !== shown.page) {
    setShown({ initialQuery, page });
    setQuery(initialQuery);
    setActive(-1);
  }
  const typed = query.trim() !== '';
  const client = useSearchClient();
  const search = useSearch(CHANNEL, query, OPTIONS, typed);

  const focusField = () => {
    input.current?.focus();
    input.current?.select();
  };
  useShortcut((e) => e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target), focusField);
  // Edit > Find in Reference, and its keys (Ctrl+F, Cmd+F).
  useCommand('focus-search', focusField);

  const options: Option[] = typed
    ? [
        ...(search.response?.results ?? []).map((result): Option => ({ kind: 'result', result })),
        ...(search.response?.results.length ? [{ kind: 'all', query } as const] : []),
      ]
    : recent.map((q): Option => ({ kind: 'recent', query: q }));
  const expanded = open && options.length > 0;
  const current = expanded && active < options.length ? active : -1;
  const optionId = (i: number) => `${listId}-${i}`;

  const show = () => {
    setRecent(readRecentSearches());
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const go = (href: string, remember: string) => {
    recordRecentSearch(remember);
    close();
    // Focus leaves the field so the new page takes it, as after following a link.
    input.current?.blur();
    window.location.hash = href;
  };
  const choose = (option: Option) => {
    if (option.kind === 'result') {
      go(resultHref(option.result), query);
      // Also when the result is the page already shown, where the route does not change.
      setQuery('');
    } else if (option.kind === 'all') go(searchHref(option.query), option.query);
    else {
      setQuery(option.query);
      setActive(-1);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!expanded) {
          show();
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const next = current + step;
        // One step past either end returns to the field itself, as in a browser's address bar.
        setActive(next >= options.length ? -1 : next < -1 ? options.length - 1 : next);
        return;
      }
      case 'Enter': {
        event.preventDefault();
        const option = options[current];
        if (option) choose(option);
        else if (typed) go(searchHref(query.trim()), query);
        return;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          close();
        } else if (query) {
          event.preventDefault();
          setQuery('');
        }
        return;
      case 'Tab':
        close();
        return;
    }
  };

  const count = typed && search.response && !search.pending ? t.suggestions(search.response.results.length) : '';
  return (
    <form role="search" className="search-box" onSubmit={(e) => e.preventDefault()}>
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={texts.topBar.searchLabel}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        aria-keyshortcuts={`${ariaKeyShortcuts('focus-search')} /`}
        placeholder={texts.topBar.searchPlaceholder}
        title={t.shortcut}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          const value = e.target.value;
          // Sent before React renders, so the worker searches while the field updates; useSearch's request joins it.
          if (value.trim()) void client.search(CHANNEL, value, OPTIONS);
          setQuery(value);
          setActive(-1);
          show();
        }}
        onFocus={show}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={typed ? t.listLabel : t.recentLabel}
        className="suggestions"
        hidden={!expanded}
        data-query={search.answered}
      >
        {expanded &&
          options.map((option, i) => (
            <div
              key={option.kind === 'result' ? `r:${option.result.id}` : `${option.kind}:${option.query}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className={`suggestion suggestion-${option.kind}`}
              // Keeps focus in the field, so the list stays open until the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.kind === 'result' ? <ResultOption result={option.result} /> : optionLabel(option)}
            </div>
          ))}
      </div>
      {open && typed && search.response?.results.length === 0 && !search.pending && (
        <p className="suggestions suggestions-empty" title={fullQueryTitle(query)}>
          {t.noResults(echoQuery(query))}
        </p>
      )}
      <span role="status" className="visually-hidden">
        {open ? (search.error ? t.failed(search.error) : count) : ''}
      </span>
    </form>
  );
}
