import { useState } from 'react';
import { texts } from '../texts/active-texts';

/** Copies a citation to the clipboard and says whether it worked. */
export function CopyCitationButton({ citation }: { citation: string }) {
  const [outcome, setOutcome] = useState<'copied' | 'failed'>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(citation);
      setOutcome('copied');
    } catch {
      // The clipboard can be refused by policy on managed machines; the officer is told instead of left guessing.
      setOutcome('failed');
    }
  };
  return (
    <div className="copy-citation">
      <button type="button" onClick={() => void copy()}>
        {texts.metadata.copyCitation}
      </button>
      <span role="status">
        {outcome === 'copied' ? texts.metadata.copied : outcome === 'failed' ? texts.metadata.copyFailed : ''}
      </span>
    </div>
  );
}
