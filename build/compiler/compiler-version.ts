/** Version of the content compiler, recorded in every bundle so a reader can tell what built it. */
export const COMPILER_VERSION = '1.1.0';
