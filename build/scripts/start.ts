import { spawn } from 'node:child_process';
import { findElectronRuntime } from './electron-runtime';

/** What the reader can do at once when the desktop app cannot start: the web edition needs only Node and a browser. */
const READ_IN_A_BROWSER =
  'To read the reference in a browser now, run `npm run serve` and open the address it prints (http://127.0.0.1:8080/ by default).';

/** `npm start`: launches the built app in Electron, or explains how to provide the runtime. */
function main(): void {
  const runtime = findElectronRuntime({ download: true });
  if (!runtime.found) {
    console.error(`Cannot start EU Police Cooperation Reference.\n${runtime.reason}\n\n${READ_IN_A_BROWSER}`);
    process.exit(1);
  }
  const child = spawn(runtime.executable, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
}

main();
