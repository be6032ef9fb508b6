// zod 4 compiles object validators with `new Function`, and probes whether it may as soon as the first object schema is
// built. The app's Content-Security-Policy forbids eval ('unsafe-eval' stays out), and browsers report even the caught
// probe as a violation. Jitless parsing is the interpreted path zod takes anyway when eval is refused; nothing is lost
// but an optimisation our small payloads do not need.
//
// This module must run before zod's own code does, not merely before our schemas: bundlers hoist zod and the modules
// that build schemas at load time into shared chunks, which are evaluated before the body of any chunk importing them,
// so a `z.config()` call there comes too late. zod 4 keeps its configuration on this global and adopts an object already
// present, so the module imports nothing and every entry that runs under the CSP (the renderer's start-up entry, the
// search worker, the preload) imports it first. tests/content/zod-without-eval.test.ts fails if zod stops reading it.
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
// Mutated, not replaced: where zod has already loaded (Node, tests) it holds a reference to this very object.
(holder.__zod_globalConfig ??= {}).jitless = true;

// An ES module, not a script, so that importing it for its effect type-checks and bundles like any other module.
export {};
