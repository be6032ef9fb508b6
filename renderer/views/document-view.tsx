import { AddToPackButton } from '../briefing/add-to-pack-button';
import type { Document } from '../../content/model/bundle-schema';
import { useBundle } from '../bundle/bundle-context';
import { CountryView } from '../country/country-view';
import { TaskView } from '../tasks/task-view';
import { texts } from '../texts/active-texts';
import { BodyView } from './body-view';
import { InstrumentView } from './instrument-view';
import { PageView } from './page-view';
import { SectionView } from './section-view';

/** Any document by id, in the view made for its kind. */
export function DocumentView({ id }: { id: string }) {
  const doc = useBundle().documents.get(id);
  if (!doc) return <p role="alert">{texts.notInBundle}</p>;
  return (
    <>
      <AddToPackButton id={doc.id} />
      <KindView doc={doc} />
    </>
  );
}

function KindView({ doc }: { doc: Document }) {
  switch (doc.kind) {
    case 'instrument':
      return <InstrumentView doc={doc} />;
    case 'body':
      return <BodyView doc={doc} />;
    case 'section':
      return <SectionView doc={doc} />;
    case 'page':
      return <PageView doc={doc} />;
    case 'country':
      return <CountryView doc={doc} />;
    case 'task':
      return <TaskView doc={doc} />;
  }
}
