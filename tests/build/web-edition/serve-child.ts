import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..', '..');
// Resolved here, since `--import tsx` would resolve from the child's working folder (a temp fixture).
const TSX_LOADER = import.meta.resolve('tsx');
const SERVE = join(REPO, 'build', 'web-edition', 'serve.ts');

/** A finished run of the serve CLI. */
export interface ServeRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A running serve CLI. */
export interface ServeChild {
  url: string;
  child: ChildProcess;
  /** Sends a signal to the process group (as Ctrl+C does) or to the process alone (as a service manager does), then waits for the end. */
  stop(signal?: NodeJS.Signals, to?: 'group' | 'process'): Promise<ServeRun>;
}

function run(
  args: string[],
  cwd: string,
): { child: ChildProcess; done: Promise<ServeRun>; stdout: () => string; stderr: () => string } {
  // As `npm run serve` starts it, in a process group of its own so a signal can reach the group as Ctrl+C does.
  const child = spawn(process.execPath, ['--import', TSX_LOADER, SERVE, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<ServeRun>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done, stdout: () => stdout, stderr: () => stderr };
}

/** Runs `npm run serve`'s entry in `cwd` until it exits by itself (bad options, missing bundle). */
export function runServe(args: string[], cwd: string, timeoutMs = 60_000): Promise<ServeRun> {
  const { child, done } = run(args, cwd);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return done.finally(() => clearTimeout(timer));
}

/** Starts `npm run serve`'s entry in `cwd` and resolves once it prints its URL. */
export function startServe(args: string[], cwd: string, timeoutMs = 60_000): Promise<ServeChild> {
  const { child, done, stdout, stderr } = run(args, cwd);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve printed no URL within ${timeoutMs} ms:\n${stdout()}\n${stderr()}`));
    }, timeoutMs);
    const onData = () => {
      const url = /Open (http:\/\/\S+)/.exec(stdout())?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve({
        url,
        child,
        stop: (signal = 'SIGINT', to = 'group') => {
          if (to === 'group' && child.pid !== undefined) process.kill(-child.pid, signal);
          else child.kill(signal);
          return done;
        },
      });
    };
    child.stdout?.on('data', onData);
    void done.then((result) => {
      clearTimeout(timer);
      reject(
        new Error(
          `serve exited with ${result.code ?? result.signal} before printing a URL:\n${result.stdout}\n${result.stderr}`,
        ),
      );
    });
  });
}
