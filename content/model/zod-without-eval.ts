import { z } from 'zod';

// zod 4 compiles object validators with `new Function`, and probes whether it may when the first object schema is
// built. The app's Content-Security-Policy forbids eval ('unsafe-eval' stays out), and Firefox reports even the caught
// probe as a violation. Jitless parsing is the interpreted path zod takes anyway when eval is refused, so nothing is
// lost but an optimisation our small payloads do not need. This must run before any schema is built: every bundle
// entry that runs under the CSP (the renderer's entry, the search worker, the preload) imports it first.
z.config({ jitless: true });
