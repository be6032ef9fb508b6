import { join } from 'node:path';
import type { AppRoots } from './app-protocol';

/** Where renderer and built-in bundle live: inside the app in development, the bundle beside the asar when packaged. */
export function appRoots(appPath: string, resourcesPath: string, isPackaged: boolean): AppRoots {
  return {
    rendererDir: join(appPath, 'dist', 'renderer'),
    bundleDir: isPackaged ? join(resourcesPath, 'bundle') : join(appPath, 'dist', 'bundle'),
  };
}
