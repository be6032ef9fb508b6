/** The paper sizes a briefing pack is laid out for. */
export const PAPER_SIZES = ['a4', 'letter'] as const;
/** One of the paper sizes a briefing pack is laid out for. */
export type Paper = (typeof PAPER_SIZES)[number];

/** What the print view of a briefing pack is asked to show; everything travels in its URL, so any renderer can print it. */
export interface BriefingRequest {
  ids: string[];
  title: string;
  subtitle?: string;
  paper: Paper;
  /** The day the pack is made (YYYY-MM-DD); today when absent. */
  made?: string;
  /**
   * The sheet each contents entry starts on (the items in order, then the glossary annex), measured from a first
   * rendering; absent on that first rendering and in a browser's own print dialog, where no numbers are shown.
   */
  pages?: number[];
}

const isPaper = (value: string | null): value is Paper => PAPER_SIZES.some((paper) => paper === value);

/** Reads a briefing request from the query of a `#/briefing?...` hash. */
export function parseBriefingRequest(params: URLSearchParams): BriefingRequest {
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  const paper = params.get('paper');
  const pages = list('pages').map(Number);
  const made = params.get('made');
  const subtitle = params.get('subtitle');
  return {
    ids: list('ids'),
    title: params.get('title') ?? '',
    paper: isPaper(paper) ? paper : 'a4',
    ...(subtitle ? { subtitle } : {}),
    ...(made && /^\d{4}-\d{2}-\d{2}$/.test(made) ? { made } : {}),
    ...(pages.length > 0 && pages.every((page) => Number.isInteger(page) && page > 0) ? { pages } : {}),
  };
}

/** The hash of the print view of a briefing pack. */
export function briefingHref(request: BriefingRequest): string {
  const params = new URLSearchParams({ ids: request.ids.join(','), title: request.title });
  if (request.subtitle) params.set('subtitle', request.subtitle);
  params.set('paper', request.paper);
  if (request.made) params.set('made', request.made);
  if (request.pages) params.set('pages', request.pages.join(','));
  return `#/briefing?${params.toString()}`;
}
