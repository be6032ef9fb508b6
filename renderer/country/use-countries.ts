import { useMemo } from 'react';
import type { CountryDocument } from '../../content/model/bundle-schema';
import { useBundle } from '../bundle/bundle-context';

/** Every country profile in the bundle, by English name. */
export function useCountries(): CountryDocument[] {
  const { bundle } = useBundle();
  return useMemo(
    () =>
      bundle.documents
        .filter((d): d is CountryDocument => d.kind === 'country')
        .sort((a, b) => a.title.localeCompare(b.title, bundle.language)),
    [bundle],
  );
}
