import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { shellServicesOfWindow } from './api/polcoop-client';
import { App } from './app';
import type { BundleLoad } from './bundle/load-bundle';
import { PolicyProvider } from './policies/policy-context';

/** Renders the reader into `root` once, with the bundle already loaded (or the reason it could not be). */
// The dead-export check cannot see this use: loaded with import() by main.tsx, which the check does not follow.
// ts-unused-exports:disable-next-line
export function mountApp(root: HTMLElement, loaded: BundleLoad): void {
  createRoot(root).render(
    <StrictMode>
      <ApiProvider services={shellServicesOfWindow()}>
        <PolicyProvider>
          <App loaded={loaded} />
        </PolicyProvider>
      </ApiProvider>
    </StrictMode>,
  );
}
