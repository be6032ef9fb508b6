import { printRefusal } from '../cli/command-line';
import { parseServeOptions } from './serve-options';
import { checkSite } from './site-check';
import { startWebServer } from './web-server';

/** `npm run serve -- [--port N] [--host H] [--bundle DIR]`: the web edition, read-only, until Ctrl+C. */
async function main(): Promise<number | undefined> {
  const parsed = parseServeOptions(process.argv.slice(2), process.cwd());
  if (!parsed.ok) {
    printRefusal(parsed);
    return parsed.exitCode;
  }
  const { options } = parsed;
  const roots = { rendererDir: options.rendererDir, bundleDir: options.bundleDir };
  const check = await checkSite(roots);
  if (!check.ok) {
    console.error(check.message);
    return 1;
  }
  let server;
  try {
    server = await startWebServer(roots, options.host, options.port);
  } catch (error) {
    console.error(`Cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`);
    return 1;
  }
  let stopping = false;
  // Ctrl+C reaches every process of the terminal's group, so a wrapper (npm, tsx) may relay the same signal again.
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping.`);
    void server.close().then(() => process.exit(0));
  };
  // Installed before the URL is printed: whoever reads the URL may signal at once.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const { bundleId, version, contentDate } = check.manifest;
  console.log(
    `EU Police Cooperation Reference, web edition: ${bundleId} ${version} (content of ${contentDate}), read-only`,
  );
  console.log(`Open ${server.url}`);
  if (options.exposed) {
    console.warn(
      `Warning: listening on ${options.host}, so other machines that can reach this one can open the reference too.`,
    );
  }
  console.log('Press Ctrl+C to stop.');
  return undefined;
}

const code = await main();
if (code !== undefined) process.exitCode = code;
