// Crosses a boundary on purpose: the shell importing the renderer.
import { parseRoute } from '../../../renderer/routes';

/** Stands for shell code reaching into the renderer. */
export const shellParsesRoutes = parseRoute;
