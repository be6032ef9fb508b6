import { spawn } from 'node:child_process';
import { findElectronRuntime } from './electron-runtime';

/** `npm start`: launches the built app in Electron, or explains how to provide the runtime. */
function main(): void {
  const runtime = findElectronRuntime({ download: true });
  if (!runtime.found) {
    console.error(`Cannot start EU Police Cooperation Reference.\n${runtime.reason}`);
    process.exit(1);
  }
  const child = spawn(runtime.executable, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
}

main();
