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
import { texts } from '../texts/active-texts';
import { TermTooltip, type TooltipPlace } from './term-tooltip';

const TERM_SELECTOR = 'span.term[data-term]';
// Long enough to move the pointer from the term onto its tooltip (WCAG 1.4.13: hoverable).
const HIDE_DELAY_MS = 300;

function termElement(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(TERM_SELECTOR) : null;
}

/**
 * A document's compiled HTML. Every marked term becomes focusable and shows its definition on hover and
 * on keyboard focus; Enter or a click opens the term; every heading gets a link to its own anchor.
 */
export function DocumentBody({ doc }: { doc: Document }) {
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
      link.href = documentHref(doc.id, heading.id);
      link.setAttribute('aria-label', texts.anchorLink(heading.textContent ?? ''));
      link.textContent = '#';
      heading.append(link);
    }
  }, [doc.id, doc.html, terms]);

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
        dangerouslySetInnerHTML={{ __html: doc.html }}
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
