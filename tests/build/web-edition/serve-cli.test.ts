import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rawRequest } from './raw-request';
import { runServe, startServe } from './serve-child';
import { createSiteFixture, type SiteFixture } from './site-fixture';

describe('npm run serve (the CLI as a child process)', () => {
  let site: SiteFixture | undefined;
  afterEach(() => site?.remove());

  it('prints the loopback URL, serves the site and stops with exit 0 on Ctrl+C (SIGINT to its process group)', async () => {
    site = createSiteFixture();
    const server = await startServe(['--port', '0'], site.dir);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await rawRequest(server.url, '/bundle/manifest.json');
    expect(response.status).toBe(200);
    const result = await server.stop('SIGINT');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('fixture-bundle 1.2.3');
    expect(result.stderr).not.toMatch(/warning/i);
    await expect(rawRequest(server.url, '/')).rejects.toThrow(/ECONNREFUSED/);
  }, 90_000);

  it.each([
    ['SIGTERM', 'process'],
    ['SIGTERM', 'group'],
    ['SIGINT', 'process'],
  ] as const)(
    'stops with exit 0 on %s sent to the %s',
    async (signal, to) => {
      site = createSiteFixture();
      const server = await startServe(['--port', '0', '--bundle', 'dist/bundle'], site.dir);
      const result = await server.stop(signal, to);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`${signal}: stopping.`);
    },
    90_000,
  );

  it('warns that a --host other than loopback is reachable by others', async () => {
    site = createSiteFixture();
    const server = await startServe(['--port', '0', '--host', '0.0.0.0'], site.dir);
    const result = await server.stop();
    expect(result.stderr).toMatch(/Warning: listening on 0\.0\.0\.0, so other machines .* can open the reference/);
    expect(result.code).toBe(0);
  }, 90_000);

  it('refuses to start without a bundle: a clear message and a non-zero exit', async () => {
    site = createSiteFixture();
    rmSync(site.roots.bundleDir, { recursive: true });
    const result = await runServe(['--port', '0'], site.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot serve the content bundle at ${site.roots.bundleDir}`);
    expect(result.stderr).toContain('manifest.json is missing');
    expect(result.stderr).toContain('npm run content:build');
    expect(result.stdout).not.toContain('http://');
  }, 90_000);

  it('refuses a --bundle folder that does not exist', async () => {
    site = createSiteFixture();
    const result = await runServe(['--bundle', 'no/such/folder'], site.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot serve the content bundle at ${join(site.dir, 'no', 'such', 'folder')}`);
  }, 90_000);

  it('refuses a bundle whose file does not match the manifest hash', async () => {
    site = createSiteFixture();
    writeFileSync(join(site.roots.bundleDir, 'bundle.json'), '{"tampered":true}');
    const result = await runServe([], site.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bundle\.json has been changed: its SHA-256 does not match/);
  }, 90_000);

  it('refuses a manifest that is not JSON', async () => {
    site = createSiteFixture();
    writeFileSync(join(site.roots.bundleDir, 'manifest.json'), '{ not json');
    const result = await runServe([], site.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('manifest.json is not valid JSON');
  }, 90_000);

  it('refuses to start when the renderer is not built', async () => {
    site = createSiteFixture();
    rmSync(site.roots.rendererDir, { recursive: true });
    const result = await runServe([], site.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The renderer is not built');
  }, 90_000);

  it('rejects a bad option value with one line and exit 2, serving nothing', async () => {
    site = createSiteFixture();
    const result = await runServe(['--port', 'eighty'], site.dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'serve: --port must be a whole number from 0 to 65535, not "eighty" (npm run serve -- --help shows the usage)\n',
    );
  }, 90_000);

  it('says why it cannot listen when the port is taken', async () => {
    site = createSiteFixture();
    const first = await startServe(['--port', '0'], site.dir);
    const port = new URL(first.url).port;
    const second = await runServe(['--port', port], site.dir);
    await first.stop();
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`Cannot listen on 127.0.0.1:${port}`);
    expect(second.stderr).toContain('EADDRINUSE');
  }, 90_000);
});
