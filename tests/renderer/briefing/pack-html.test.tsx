import { describe, expect, it } from 'vitest';
import { packHtml } from '../../../renderer/briefing/pack-html';

const html = [
  '<h2 id="purpose">Purpose</h2>',
  '<p>It replaced the <a href="#/doc/fd-2006" class="doc-link">Framework Decision</a>',
  ' (see <a href="#/doc/fd-2006/scope" class="doc-link">its scope</a>),',
  ' works with the <a href="#/doc/sirene" class="doc-link">SIRENE Bureau</a>',
  ' and is published at <a href="https://eur-lex.europa.eu/eli/dir/2023/977/oj">EUR-Lex</a>.',
  ' A <span class="term" data-term="spoc">SPOC</span> answers; <span class="term" data-term="gone">gone</span>.</p>',
].join('');

describe('an item made ready for a briefing pack', () => {
  const result = packHtml(html, 'directive', new Set(['directive', 'fd-2006']), new Set(['spoc']));
  const body = new DOMParser().parseFromString(result.html, 'text/html').body;

  it('gives its headings ids of their own, so two items with a "purpose" heading do not collide', () => {
    expect(body.querySelector('h2')?.id).toBe('pack-directive--purpose');
  });

  it('links cross-references to other items inside the PDF, down to the heading', () => {
    const links = [...body.querySelectorAll('a:not(.term)')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Framework Decision', '#pack-fd-2006'],
      ['its scope', '#pack-fd-2006--scope'],
    ]);
  });

  it('prints a page outside the pack as its name and a web address as text', () => {
    expect(body.querySelector('.outside-reference')?.textContent).toBe('SIRENE Bureau');
    expect(body.querySelector('.external-reference')?.textContent).toBe(
      'EUR-Lex (https://eur-lex.europa.eu/eli/dir/2023/977/oj)',
    );
    expect(body.querySelector('a[href^="http"], a[href^="#/"]')).toBeNull();
  });

  it('links known terms to the glossary annex and reports them, leaving unknown ones as they were', () => {
    expect(result.termIds).toEqual(['spoc']);
    expect(body.querySelector('a.term')?.getAttribute('href')).toBe('#pack-term-spoc');
    expect(body.querySelector('span.term[data-term="gone"]')?.textContent).toBe('gone');
  });
});
