import { useEffect, useState } from 'react';
import type { Document } from '../../content/model/bundle-schema';
import type { DocumentBody } from '../../content/model/document-body-schema';
import { useBundle } from './bundle-context';
import type { BodyLoad } from './document-bodies';

/** A document's body as a view sees it: here, still on its way, or failed. */
export type BodyState =
  | { state: 'ready'; body: DocumentBody; arrivedNow: boolean }
  | { state: 'loading' }
  | (Extract<BodyLoad, { ok: false }> & { state: 'failed' });

/**
 * The body of `doc`, fetched when first asked for. A body that has already arrived is returned on the first render,
 * so a cached document never shows the loading state; `arrivedNow` says it came in after the view first rendered.
 */
export function useDocumentBody(doc: Pick<Document, 'id' | 'body'>): BodyState {
  const { bodies } = useBundle();
  const cached = bodies.peek(doc.id);
  const [settled, setSettled] = useState<{ id: string; load: BodyLoad }>();
  useEffect(() => {
    if (bodies.peek(doc.id)) return;
    let current = true;
    void bodies.load(doc).then((load) => current && setSettled({ id: doc.id, load }));
    return () => {
      current = false;
    };
    // The body file is named by the document; a new catalogue object for the same document needs no new fetch.
  }, [bodies, doc.id]); // eslint-disable-line react-hooks/exhaustive-deps
  if (cached) return { state: 'ready', body: cached, arrivedNow: settled?.id === doc.id };
  if (settled?.id !== doc.id) return { state: 'loading' };
  const { load } = settled;
  return load.ok ? { state: 'ready', body: load.body, arrivedNow: true } : { ...load, state: 'failed' };
}
