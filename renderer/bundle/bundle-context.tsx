import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Bundle, Document, InstrumentDocument, Term } from '../../content/model/bundle-schema';
import { bundleFolder } from './bundle-folder';
import { fetchedBodies, type BodySource } from './document-bodies';

/** The loaded bundle with lookups every view needs. */
export interface ReaderBundle {
  bundle: Bundle;
  /** Every document by id. */
  documents: ReadonlyMap<string, Document>;
  /** Every glossary term by id. */
  terms: ReadonlyMap<string, Term>;
  /** Instruments sorted by short name, as the sidebar lists them. */
  instruments: readonly InstrumentDocument[];
  /** The title of every topic by id; a topic without one is not shown. */
  topics: ReadonlyMap<string, string>;
  /** Documents' bodies, fetched when a document is opened (the catalogue holds everything else). */
  bodies: BodySource;
}

const BundleContext = createContext<ReaderBundle | null>(null);

/** Builds the lookups of a bundle once. */
export function createReaderBundle(bundle: Bundle, bodies: BodySource): ReaderBundle {
  const instruments = bundle.documents
    .filter((d): d is InstrumentDocument => d.kind === 'instrument')
    .sort((a, b) => a.shortName.localeCompare(b.shortName, bundle.language));
  return {
    bundle,
    documents: new Map(bundle.documents.map((d) => [d.id, d])),
    terms: new Map(bundle.terms.map((t) => [t.id, t])),
    instruments,
    topics: new Map(bundle.topics.map((t) => [t.id, t.title])),
    bodies,
  };
}

/**
 * Gives every view the loaded bundle. The app mounts views only once the bundle is loaded, so inside
 * the app `useBundle()` always returns it: `const { documents, terms, instruments, bundle } = useBundle();`.
 */
export function BundleProvider({
  bundle,
  bodies,
  children,
}: {
  bundle: Bundle;
  /** Where bodies come from; fetched from the bundle folder when left out. */
  bodies?: BodySource;
  children: ReactNode;
}) {
  const value = useMemo(() => createReaderBundle(bundle, bodies ?? fetchedBodies(bundleFolder())), [bundle, bodies]);
  return <BundleContext.Provider value={value}>{children}</BundleContext.Provider>;
}

/** The loaded bundle (documents by id, terms by id, sorted instruments); throws outside a BundleProvider. */
export function useBundle(): ReaderBundle {
  const value = useContext(BundleContext);
  if (!value) throw new Error('useBundle() needs a <BundleProvider> around it.');
  return value;
}
