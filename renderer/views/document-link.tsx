import { documentHref } from '../../content/model/links';
import { useBundle } from '../bundle/bundle-context';
import { StatusBadge } from './status-badge';

/** A link to a document by id, named by its short name, with its status; ids missing from the bundle show as plain text. */
export function DocumentLink({ id, full = false }: { id: string; full?: boolean }) {
  const doc = useBundle().documents.get(id);
  if (!doc) return <span className="missing-link">{id}</span>;
  return (
    <>
      <a href={documentHref(id)} title={doc.title}>
        {full ? doc.title : doc.shortName}
      </a>
      {(doc.kind === 'instrument' || doc.kind === 'body') && doc.standing.key !== 'in-force' && (
        <>
          {' '}
          <StatusBadge standing={doc.standing} />
        </>
      )}
    </>
  );
}
