import { useState } from 'react';
import { texts } from '../texts/active-texts';
import { addToDraft } from './pack-draft';
import { usePackDraft } from './use-pack-draft';
import './briefing.css';

/** "Add to briefing pack" on a document page; says so once the page is in the pack. */
export function AddToPackButton({ id }: { id: string }) {
  const [draft, setDraft] = usePackDraft();
  const [added, setAdded] = useState(false);
  const inPack = draft.ids.includes(id);
  return (
    <p className="add-to-pack">
      <button
        type="button"
        disabled={inPack}
        onClick={() => {
          setDraft(addToDraft(draft, [id]));
          setAdded(true);
        }}
      >
        {inPack ? texts.briefing.inPack : texts.briefing.addToPack}
      </button>{' '}
      <span role="status">{added && <a href="#/briefing-pack">{texts.briefing.openComposer}</a>}</span>
    </p>
  );
}
