import { useEffect } from 'react';
import { useBundle } from './bundle-context';

const DOCUMENT_LINK = /^#\/doc\/([a-z0-9-]+)(?:\/|$)/;

/**
 * Starts fetching a document's body when the pointer rests on, or focus reaches, a link to it anywhere in the page, so
 * that by the time it is clicked the body is usually there. One listener pair on the document, none per link.
 */
export function BodyPrefetch() {
  const { documents, bodies } = useBundle();
  useEffect(() => {
    const prefetch = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/doc/"]') : null;
      const id = DOCUMENT_LINK.exec(link?.getAttribute('href') ?? '')?.[1];
      const doc = id === undefined ? undefined : documents.get(id);
      if (doc && !bodies.peek(doc.id)) void bodies.load(doc);
    };
    document.addEventListener('pointerover', prefetch, { passive: true });
    document.addEventListener('focusin', prefetch);
    return () => {
      document.removeEventListener('pointerover', prefetch);
      document.removeEventListener('focusin', prefetch);
    };
  }, [documents, bodies]);
  return null;
}
