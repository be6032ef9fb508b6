import { useAppInfo } from '../api/use-app-info';
import { useBundle } from '../bundle/bundle-context';
import { PoliciesSection } from '../policies/policies-section';
import { texts } from '../texts/active-texts';

const t = texts.about;

/** App and content identity as the shell reports it (the manifest hash proves which content is shown), and the policies in force. */
export function AboutView() {
  const { bundle } = useBundle();
  const info = useAppInfo();
  const rows: [string, string | undefined][] = [
    [t.appVersion, info?.appVersion],
    [t.bundleId, info?.bundleId ?? bundle.id],
    [t.bundleVersion, info?.bundleVersion ?? bundle.version],
    [t.contentDate, info?.contentDate ?? bundle.contentDate],
    [t.manifestHash, info?.manifestSha256],
  ];
  return (
    <article className="about">
      <h1>{t.title}</h1>
      <p>{t.offline}</p>
      <dl className="about-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="identifier">{value ?? t.unavailable}</dd>
          </div>
        ))}
      </dl>
      <PoliciesSection />
    </article>
  );
}
