import { useEffect, useState } from 'react';
import type { Document } from '../../content/model/bundle-schema';
import type { BodySource } from '../bundle/document-bodies';

/** The pack's body texts as they arrive: HTML by id, how many have been settled, and the files that failed. */
export interface BodyTexts {
  html: ReadonlyMap<string, string>;
  done: number;
  failed: string[];
}

const NONE: BodyTexts = { html: new Map(), done: 0, failed: [] };

/**
 * Fetches the bodies of every document of a pack (bundle format 2 keeps them out of the catalogue), counting them as
 * they settle so the view can show its progress; a body that fails is named, and its item prints without text.
 */
export function useBodyTexts(docs: readonly Document[], bodies: BodySource): BodyTexts {
  // The state names the list it belongs to, so a new list starts from nothing without a reset inside the effect.
  const [state, setState] = useState<BodyTexts & { of: readonly Document[] | null }>({ ...NONE, of: null });
  useEffect(() => {
    let live = true;
    const html = new Map<string, string>();
    const failed: string[] = [];
    let done = 0;
    for (const doc of docs)
      void bodies.load(doc).then((loaded) => {
        if (!live) return;
        if (loaded.ok) html.set(doc.id, loaded.body.html);
        else failed.push(loaded.file);
        done += 1;
        setState({ html: new Map(html), done, failed: [...failed], of: docs });
      });
    return () => {
      live = false;
    };
  }, [docs, bodies]);
  return state.of === docs ? state : NONE;
}
