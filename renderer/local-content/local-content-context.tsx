import { createContext, useContext, type ReactNode } from 'react';

const LocalOrganisations = createContext<ReadonlyMap<string, string>>(new Map());

/** Gives the page the organisation of each local document (LocalContentDirectory), by id. */
export function LocalContentProvider({
  organisations,
  children,
}: {
  organisations: ReadonlyMap<string, string>;
  children: ReactNode;
}) {
  return <LocalOrganisations.Provider value={organisations}>{children}</LocalOrganisations.Provider>;
}

/** The organisation whose local document `id` is, or undefined for an official document. */
export function useLocalOrganisation(id: string): string | undefined {
  return useContext(LocalOrganisations).get(id);
}
