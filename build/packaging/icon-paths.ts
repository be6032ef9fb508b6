/** Where electron-builder.yml expects the generated icons; build output, never committed. */
export const ICON_OUT_DIR = 'dist/icons';
/** The one source icon every platform size is rendered from. */
export const ICON_SOURCE = 'build/icons/icon.svg';
