import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { Document } from '../../content/model/bundle-schema';
import { documentHref, termHref } from '../../content/model/links';
import { useBundle } from '../bundle/bundle-context';
import type { BodyLoad } from '../bundle/document-bodies';
import { useDocumentBody } from '../bundle/use-document-body';
import { parseRoute } from '../routes';
import { texts } from '../texts/active-texts';
import { TermTooltip, type TooltipPlace } from './term-tooltip';

const TERM_SELECTOR = 'span.term[data-term]';
// Long enough to move the pointer from the term onto its tooltip (WCAG 1.4.13: hoverable).
const HIDE_DELAY_MS = 300;

function termElement(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(TERM_SELECTOR) : null;
}

function problemMessage(failed: Extract<BodyLoad, { ok: false }>): string {
  if (failed.problem === 'missing') return texts.documentBody.missing(failed.file);
  if (failed.problem === 'tampered') return texts.documentBody.tampered(failed.file);
  return texts.documentBody.unreadable(failed.file, failed.detail);
}

/**
 * A document's body, fetched from its own file: a quiet placeholder while it comes (its words appear only if it takes
 * a moment, so a quick fetch does not flash), a message in its place if its file is missing or not the published one.
 */
export function DocumentBody({ doc }: { doc: Document }) {
  const loaded = useDocumentBody(doc);
  if (loaded.state === 'loading')
    return (
      <div className="document-body-loading" aria-busy="true">
        <p role="status">{texts.documentBody.loading}</p>
      </div>
    );
  if (loaded.state === 'failed')
    return (
      <p role="alert" className="document-body-problem">
        {problemMessage(loaded)}
      </p>
    );
  return <DocumentHtml id={doc.id} html={loaded.body.html} arrivedNow={loaded.arrivedNow} />;
}

/**
 * A document's compiled HTML. Every marked term becomes focusable and shows its definition on hover and
 * on keyboard focus; Enter or a click opens the term; every heading gets a link to its own anchor.
 */
function DocumentHtml({ id, html, arrivedNow }: { id: string; html: string; arrivedNow: boolean }) {
  const { terms, bundle } = useBundle();
  const wrapper = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const hideTimer = useRef<number | undefined>(undefined);
  const tooltipId = useId();
  const [active, setActive] = useState<{ element: HTMLElement; termId: string; place: TooltipPlace }>();

  useLayoutEffect(() => {
    const root = content.current;
    if (!root) return;
    for (const span of root.querySelectorAll<HTMLElement>(TERM_SELECTOR)) {
      if (!terms.has(span.dataset.term ?? '')) continue;
      span.tabIndex = 0;
      span.setAttribute('role', 'link');
    }
    for (const heading of root.querySelectorAll<HTMLElement>('h2[id], h3[id], h4[id]')) {
      // Effects may run twice (React's strict mode) over the same HTML.
      if (heading.querySelector('.anchor-link')) continue;
      const link = document.createElement('a');
      link.className = 'anchor-link';
      link.href = documentHref(id, heading.id);
      link.setAttribute('aria-label', texts.anchorLink(heading.textContent ?? ''));
      link.textContent = '#';
      heading.append(link);
    }
  }, [id, html, terms]);

  // A body that came in after the page arrived: the page could not go to its anchor then, so it goes now.
  useLayoutEffect(() => {
    if (!arrivedNow) return;
    const route = parseRoute(window.location.hash);
    if (route.name === 'doc' && route.id === id && route.anchor)
      document.getElementById(route.anchor)?.scrollIntoView();
  }, [arrivedNow, id]);

  const hide = useCallback(() => {
    window.clearTimeout(hideTimer.current);
    setActive((current) => {
      current?.element.removeAttribute('aria-describedby');
      return undefined;
    });
  }, []);
  const hideSoon = () => {
    window.clearTimeout(hideTimer.current);
    hideTimer.current = window.setTimeout(hide, HIDE_DELAY_MS);
  };
  const keep = () => window.clearTimeout(hideTimer.current);

  useEffect(() => {
    if (!active) return;
    const onKey = (event: globalThis.KeyboardEvent) => event.key === 'Escape' && hide();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active, hide]);
  useEffect(() => () => window.clearTimeout(hideTimer.current), []);

  const show = (element: HTMLElement | null) => {
    const termId = element?.dataset.term;
    if (!element || !termId || !terms.has(termId) || !wrapper.current) return;
    keep();
    if (active?.element === element) return;
    active?.element.removeAttribute('aria-describedby');
    element.setAttribute('aria-describedby', tooltipId);
    const box = element.getBoundingClientRect();
    const origin = wrapper.current.getBoundingClientRect();
    setActive({
      element,
      termId,
      place: { top: box.bottom - origin.top + 4, left: Math.max(0, box.left - origin.left) },
    });
  };
  const open = (element: HTMLElement | null) => {
    if (element?.dataset.term && terms.has(element.dataset.term)) window.location.hash = termHref(element.dataset.term);
  };

  const term = active && terms.get(active.termId);
  return (
    // The text is in the content's language (English) whatever the interface's, so screen readers voice it as such.
    <div className="document-body-wrapper" ref={wrapper} lang={bundle.language}>
      {/* The compiler sanitised this HTML (rehype-sanitize) and the CSP forbids inline script. */}
      <div
        className="document-body"
        ref={content}
        dangerouslySetInnerHTML={{ __html: html }}
        onMouseOver={(e: MouseEvent) => show(termElement(e.target))}
        onMouseOut={(e: MouseEvent) => termElement(e.target) && hideSoon()}
        onFocus={(e: FocusEvent) => show(termElement(e.target))}
        onBlur={(e: FocusEvent) => termElement(e.target) && hide()}
        onClick={(e: MouseEvent) => open(termElement(e.target))}
        onKeyDown={(e: KeyboardEvent) => e.key === 'Enter' && open(termElement(e.target))}
      />
      {active && term && (
        <TermTooltip id={tooltipId} term={term} place={active.place} onPointerEnter={keep} onPointerLeave={hideSoon} />
      )}
    </div>
  );
}
