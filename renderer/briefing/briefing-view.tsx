import { useEffect, useMemo, useState, type MouseEvent } from 'react';
import type { Document, Term } from '../../content/model/bundle-schema';
import { useBundle } from '../bundle/bundle-context';
import { useBodyTexts } from './use-body-texts';
import { usePolicies } from '../policies/policy-context';
import { texts } from '../texts/active-texts';
import { formatDate } from '../views/format-date';
import { BriefingContents, type ContentsEntry } from './briefing-contents';
import { BriefingItem } from './briefing-item';
import type { BriefingRequest } from './briefing-request';
import { GlossaryAnnex } from './glossary-annex';
import { GLOSSARY_ANCHOR, itemAnchor } from './pack-anchors';
import { packHtml } from './pack-html';
import { pageRules, usePageStyle } from './page-style';
import './briefing.css';

const t = texts.briefing;

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

// Links inside the pack point at anchors; in a browser they must scroll, not replace the hash route.
function followInPack(event: MouseEvent) {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#pack-"]') : null;
  if (!link) return;
  event.preventDefault();
  document.getElementById(link.getAttribute('href')?.slice(1) ?? '')?.scrollIntoView();
}

/**
 * The print view of a briefing pack: cover, contents, each item on a new sheet, and the glossary annex. It is what the
 * desktop app and `npm run briefing` turn into a PDF and what the web edition hands to the browser's print dialog;
 * `data-briefing-ready` tells them when the layout is final.
 */
export function BriefingView({ request }: { request: BriefingRequest }) {
  const { documents, terms, bundle, bodies } = useBundle();
  const banner = usePolicies()?.values.BannerText;
  const disabled = usePolicies()?.values.DisablePrintAndPdf === true;
  const [fontsReady, setFontsReady] = useState(false);
  const docs = useMemo(
    () =>
      request.ids.flatMap((id): Document[] => {
        const doc = documents.get(id);
        return doc ? [doc] : [];
      }),
    [request.ids, documents],
  );
  const bodyTexts = useBodyTexts(docs, bodies);
  const ready = fontsReady && bodyTexts.done === docs.length;

  const pack = useMemo(() => {
    const missing = request.ids.filter((id) => !documents.has(id));
    const inPack = new Set(docs.map((doc) => doc.id));
    const known = new Set(terms.keys());
    const items = docs.map((doc) => ({ doc, ...packHtml(bodyTexts.html.get(doc.id) ?? '', doc.id, inPack, known) }));
    const used = [...new Set(items.flatMap((item) => item.termIds))]
      .flatMap((id): Term[] => {
        const term = terms.get(id);
        return term ? [term] : [];
      })
      .sort((a, b) => a.term.localeCompare(b.term, bundle.language));
    return { items, missing, used };
  }, [request.ids, documents, docs, bodyTexts.html, terms, bundle.language]);

  const entries: ContentsEntry[] = [
    ...pack.items.map(({ doc }) => ({ anchor: itemAnchor(doc.id), title: doc.title })),
    ...(pack.used.length > 0 ? [{ anchor: GLOSSARY_ANCHOR, title: t.glossary }] : []),
  ];
  const pages = request.pages?.length === entries.length ? request.pages : undefined;
  const contentDate = formatDate(bundle.contentDate);
  usePageStyle(
    pageRules(request.paper, {
      title: request.title,
      ...(banner ? { banner } : {}),
      footer: `${t.source}, ${t.pageFooter(contentDate)}`,
      pageOf: t.pageOf,
    }),
  );
  useEffect(() => {
    let live = true;
    // Layout is final once the fonts are in (jsdom has no font loading at all).
    void ('fonts' in document ? document.fonts.ready : Promise.resolve()).then(() => live && setFontsReady(true));
    return () => {
      live = false;
    };
  }, []);

  return (
    <main className={`briefing paper-${request.paper}`} data-briefing-ready={ready || undefined} onClick={followInPack}>
      {!disabled && (
        <p className="briefing-screen-only">
          <button type="button" onClick={() => window.print()}>
            {t.print}
          </button>
        </p>
      )}
      {bodyTexts.done < docs.length && (
        <p role="status" className="briefing-screen-only">
          {t.preparing(bodyTexts.done, docs.length)}
        </p>
      )}
      {bodyTexts.failed.length > 0 && (
        <p role="alert" className="briefing-screen-only">
          {t.bodiesFailed(bodyTexts.failed.join(', '))}
        </p>
      )}
      {pack.missing.length > 0 && (
        <p role="alert" className="briefing-screen-only">
          {t.unknownIds(pack.missing.join(', '))}
        </p>
      )}
      <section className="briefing-cover" aria-label={t.coverLabel}>
        {banner && <p className="briefing-banner">{banner}</p>}
        <p className="briefing-source">{t.source}</p>
        <p className="briefing-cover-title">{request.title}</p>
        {request.subtitle && <p className="briefing-cover-subtitle">{request.subtitle}</p>}
        <p>{t.made(formatDate(request.made ?? today()))}</p>
        <p>{t.content(bundle.version, contentDate)}</p>
      </section>
      {pack.items.length === 0 ? <p role="alert">{t.empty}</p> : <BriefingContents entries={entries} pages={pages} />}
      {pack.items.map(({ doc, html }) => (
        <BriefingItem key={doc.id} doc={doc} html={html} />
      ))}
      {pack.used.length > 0 && <GlossaryAnnex terms={pack.used} language={bundle.language} />}
    </main>
  );
}
