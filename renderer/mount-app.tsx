// First, before any module of the UI builds a zod schema (see the module). The start-up entry (main.tsx) holds no
// zod at all, so the UI chunk, which it imports, is where the renderer's schemas begin.
import '../content/model/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { shellServicesOfWindow } from './api/polcoop-client';
import { App } from './app';
import type { BundleLoad } from './bundle/load-bundle';

/** Renders the reader into `root` once, with the bundle already loaded (or the reason it could not be). */
// The dead-export check cannot see this use: loaded with import() by main.tsx, which the check does not follow.
// ts-unused-exports:disable-next-line
export function mountApp(root: HTMLElement, loaded: BundleLoad): void {
  createRoot(root).render(
    <StrictMode>
      <ApiProvider services={shellServicesOfWindow()}>
        <App loaded={loaded} />
      </ApiProvider>
    </StrictMode>,
  );
}
