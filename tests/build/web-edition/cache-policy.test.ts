import { describe, expect, it } from 'vitest';
import { cacheControlFor } from '../../../build/web-edition/cache-policy';

const FOREVER = 'public, max-age=31536000, immutable';

describe('cacheControlFor', () => {
  it.each([
    ['/assets/index-D-z3EzMw.js', FOREVER],
    ['/assets/index-BaDJJE0q.css', FOREVER],
    ['/assets/worker-a1B2c3D4e5.js', FOREVER],
    ['/assets/logo.png', 'no-cache'],
    ['/assets/index-short.js', 'no-cache'],
    ['/assets/sub/index-D-z3EzMw.js', 'no-cache'],
    ['/index.html', 'no-cache'],
    ['/', 'no-cache'],
    ['/bundle/bundle.json', 'no-cache'],
    ['/bundle/search-index.json', 'no-cache'],
    ['/bundle/manifest.json', 'no-cache'],
    ['/index-D-z3EzMw.js', 'no-cache'],
    ['/bundle/0123456789abcdef/bundle.json', FOREVER],
    ['/bundle/0123456789abcdef/', 'no-cache'],
    ['/bundle/0123456789ABCDEF/bundle.json', 'no-cache'],
    ['/bundle/0123456789abcde/bundle.json', 'no-cache'],
    ['/bundle/0123456789abcdef/sub/bundle.json', 'no-cache'],
  ])('%s -> %s', (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });
});
