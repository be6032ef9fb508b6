import { afterEach, describe, expect, it } from 'vitest';
import { bundleFolder } from '../../../renderer/bundle/bundle-folder';

function nameFolder(content: string): void {
  const meta = document.createElement('meta');
  meta.name = 'polcoop-bundle';
  meta.content = content;
  document.head.append(meta);
}

describe('bundleFolder', () => {
  afterEach(() => document.head.querySelectorAll('meta[name="polcoop-bundle"]').forEach((meta) => meta.remove()));

  it('is bundle/ when the page names no folder (desktop, npm run serve)', () => {
    expect(bundleFolder()).toBe('bundle/');
  });

  it("is the static export's content-addressed folder when index.html names one", () => {
    nameFolder('bundle/0123456789abcdef/');
    expect(bundleFolder()).toBe('bundle/0123456789abcdef/');
  });

  it.each([
    'https://elsewhere.example/bundle/0123456789abcdef/',
    '/bundle/0123456789abcdef/',
    'bundle/../../x/',
    'bundle/0123456789abcdef',
    '',
  ])('ignores %j, which is not a content-addressed folder beside the page', (content) => {
    nameFolder(content);
    expect(bundleFolder()).toBe('bundle/');
  });
});
