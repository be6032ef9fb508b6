import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { apacheHtaccess } from '../../../build/static-site/kits/apache-htaccess';
import { caddyfile } from '../../../build/static-site/kits/caddyfile';
import { kubernetesManifest } from '../../../build/static-site/kits/kubernetes-manifest';
import { nginxConf } from '../../../build/static-site/kits/nginx-conf';
import { staticHostHeaders } from '../../../build/static-site/kits/static-host-headers';
import { metaContentSecurityPolicy, siteHeaderPlan } from '../../../build/static-site/site-headers';
import { IMMUTABLE_CACHE_CONTROL } from '../../../build/web-edition/cache-policy';
import { SECURITY_HEADERS } from '../../../build/web-edition/security-headers';

const plan = siteHeaderPlan('/polcoop/');

const KITS: [string, string][] = [
  ['nginx', nginxConf(plan, { webRoot: '/srv/polcoop', listen: '8080', brotli: true })],
  ['Caddy', caddyfile(plan, { webRoot: '/srv/polcoop', port: 8080 })],
  ['Apache', apacheHtaccess(plan)],
  ['_headers', staticHostHeaders(plan)],
  ['Kubernetes', kubernetesManifest(plan, 'registry.example/polcoop-site:1')],
];

describe('header kits', () => {
  it.each(KITS)(
    '%s sets every security header of npm run serve, the CSP with frame-ancestors, and immutable caching',
    (_kit, text) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(text).toContain(name);
        expect(text).toContain(value);
      }
      expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
      expect(text).toContain(IMMUTABLE_CACHE_CONTROL);
      expect(text).toContain('no-cache');
    },
  );

  it('nginx serves precompressed siblings, GET and HEAD only, sends headers on errors too, and 404s outside the base path', () => {
    const text = KITS[0]![1];
    expect(text).toMatch(/gzip_static on;[\s\S]*brotli_static on;/);
    expect(text).toContain('limit_except GET { deny all; }');
    expect(text.match(/add_header .* always;/g)).toHaveLength(Object.keys(SECURITY_HEADERS).length + 1);
    expect(text).toContain('alias /srv/polcoop/;');
    expect(text).toContain('location / { return 404; }');
    expect(nginxConf(siteHeaderPlan('/'), { webRoot: '/srv/polcoop', listen: '8080', brotli: false })).not.toContain(
      'brotli_static on',
    );
  });

  it('Caddy serves precompressed siblings and strips the base path', () => {
    const text = KITS[1]![1];
    expect(text).toMatch(/file_server \{\s+precompressed br gzip\s+\}/);
    expect(text).toContain('handle_path /polcoop/* {');
    expect(text).toContain('respond @unsafe 405');
  });

  it('_headers sets Cache-Control on no path twice, since static hosts join the values of matching rules', () => {
    const rules = staticHostHeaders(siteHeaderPlan('/'))
      .split('\n')
      .filter((line) => line.startsWith('/'));
    expect(rules).toEqual(['/*', '/', '/index.html', '/bundle/manifest.json', '/assets/*', '/bundle/:folder/*']);
    expect(staticHostHeaders(siteHeaderPlan('/')).split('\n/*')[1]?.split('\n/')[0]).not.toContain('Cache-Control');
  });

  it('Kubernetes runs the unprivileged image non-root on a read-only root file system with the nginx kit from a ConfigMap', () => {
    interface Container {
      securityContext: unknown;
      readinessProbe: { httpGet: { path: string } };
    }
    interface Resource {
      kind: string;
      data?: Record<string, string>;
      spec?: {
        replicas: number;
        template: { spec: { securityContext: unknown; containers: Container[]; volumes: unknown[] } };
      };
    }
    const documents = parseAllDocuments(KITS[4]![1]).map((document) => document.toJS() as Resource);
    expect(documents.map((d) => d.kind)).toEqual(['ConfigMap', 'Deployment', 'Service']);
    expect(documents[0]!.data!['default.conf']).toBe(
      nginxConf(plan, { webRoot: '/usr/share/nginx/polcoop', listen: '8080', brotli: false }),
    );
    const pod = documents[1]!.spec!.template.spec;
    expect(documents[1]!.spec!.replicas).toBeGreaterThan(1);
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true });
    expect(pod.containers[0]!.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(pod.volumes).toContainEqual({ name: 'nginx-conf', configMap: { name: 'polcoop-site-nginx' } });
    expect(pod.containers[0]!.readinessProbe.httpGet.path).toBe('/polcoop/index.html');
  });
});

describe('metaContentSecurityPolicy', () => {
  it('leaves out only the directives a meta CSP cannot carry', () => {
    expect(
      metaContentSecurityPolicy("default-src 'none'; frame-ancestors 'none'; report-uri /r; sandbox; img-src 'self'"),
    ).toBe("default-src 'none'; img-src 'self'");
  });
});
