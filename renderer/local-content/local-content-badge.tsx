import { texts } from '../texts/active-texts';
import { useLocalOrganisation } from './local-content-context';
import './local-content.css';

/** "Local content: <organisation>" beside a document that is the organisation's own, not the official reference's. */
export function LocalContentBadge({ id }: { id: string }) {
  const organisation = useLocalOrganisation(id);
  if (!organisation) return null;
  return <span className="local-content-badge">{texts.localContent.badge(organisation)}</span>;
}

/** On a local document's page: the badge, and a line saying it is not part of the official reference. */
export function LocalContentNotice({ id }: { id: string }) {
  const organisation = useLocalOrganisation(id);
  if (!organisation) return null;
  return (
    <p className="local-content-notice">
      <LocalContentBadge id={id} /> {texts.localContent.notice}
    </p>
  );
}
