/** A compiled document written by hand, which the compiler might never make. */
export const handBuilt = { kind: 'page', id: 'overview', html: '<p>Text.</p>', contentHash: '0'.repeat(64) };
