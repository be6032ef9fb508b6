import { useBundle } from '../bundle/bundle-context';
import { texts } from '../texts/active-texts';

/** Shown only on paper: which reference and content date a printed page comes from. */
export function PrintHeader() {
  const { bundle } = useBundle();
  return <p className="print-only print-header">{texts.print(bundle.version, bundle.contentDate)}</p>;
}
