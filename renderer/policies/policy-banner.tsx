import { texts } from '../texts/active-texts';
import { usePolicies } from './policy-context';

/** The organisation's handling notice (BannerText) above every page, and on every printed page. */
export function PolicyBanner() {
  const text = usePolicies()?.values.BannerText;
  if (!text) return null;
  // A landmark of its own, so the notice is found like the rest of the page and never sits outside every region.
  return (
    <aside className="policy-banner" aria-label={texts.policies.bannerLabel}>
      {text}
    </aside>
  );
}
