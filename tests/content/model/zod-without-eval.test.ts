import { describe, expect, it } from 'vitest';

describe('zod-without-eval', () => {
  it('makes zod jitless, so no object schema probes or compiles code with new Function under the CSP', async () => {
    // The module must work when it runs before zod loads (the bundled renderer) and after (Node): import it first here.
    await import('../../../content/model/zod-without-eval');
    const { z } = await import('zod');
    const { util } = await import('zod/v4/core');
    expect(z.config().jitless).toBe(true);
    expect(util.allowsEval.value).toBe(false);
    expect(z.object({ id: z.string() }).parse({ id: 'prum' })).toEqual({ id: 'prum' });
  });
});
