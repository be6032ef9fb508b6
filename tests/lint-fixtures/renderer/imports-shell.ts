// Crosses a boundary on purpose: the renderer importing a shell module other than the contract.
import { isAppUrl } from '../../../electron/app-origin';

/** Stands for renderer code reaching into the shell. */
export const rendererChecksUrls = isAppUrl;
