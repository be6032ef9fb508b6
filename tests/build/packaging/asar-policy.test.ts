import { describe, expect, it } from 'vitest';
import { asarProblems, REQUIRED_ASAR_FILES } from '../../../build/packaging/asar-policy';

const app = [...REQUIRED_ASAR_FILES, '/dist/renderer/assets/index-abc123.js', '/dist/renderer/assets/index-abc123.css'];

describe('asarProblems', () => {
  it('accepts the app files and nothing else', () => {
    expect(asarProblems(app)).toEqual([]);
  });

  it.each([
    ['/node_modules/vitest/package.json', 'a dependency'],
    ['/dist/renderer/node_modules/react/index.js', 'a dependency'],
    ['/dist/renderer/assets/index-abc123.js.map', 'a source map'],
    ['/dist/electron/main.cjs.map', 'a source map'],
    ['/tests/build/packaging/asar-policy.test.ts', 'a test file'],
    ['/dist/renderer/assets/view.test.js', 'a test file'],
    ['/electron/main.ts', 'a source file'],
    ['/dist/renderer/app.tsx', 'a source file'],
    ['/content/sections/overview.md', 'not part of the app'],
    ['/dist/bundle/manifest.json', 'not part of the app'],
  ])('rejects %s as %s', (path, reason) => {
    const problems = asarProblems([...app, path]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(path);
    expect(problems[0]).toContain(reason);
  });

  it('names each required file that is missing', () => {
    expect(asarProblems(['/package.json', '/dist/renderer/index.html'])).toEqual([
      'app.asar lacks /dist/electron/main.cjs, which the app needs to start',
      'app.asar lacks /dist/electron/preload.cjs, which the app needs to start',
    ]);
  });
});
