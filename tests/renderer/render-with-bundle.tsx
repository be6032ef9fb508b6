import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import type { Bundle } from '../../content/model/bundle-schema';
import { BundleProvider } from '../../renderer/bundle/bundle-context';
import { bundleFixture } from './bundle-fixture';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

/** Renders a view inside a BundleProvider holding the fixture bundle (or the one given). */
export function renderWithBundle(view: ReactElement, bundle: Bundle = bundleFixture()): RenderResult {
  return render(<BundleProvider bundle={bundle}>{view}</BundleProvider>);
}
