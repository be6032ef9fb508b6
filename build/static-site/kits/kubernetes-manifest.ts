import { stringify } from 'yaml';
import type { SiteHeaderPlan } from '../site-headers';
import { nginxConf } from './nginx-conf';

/** Where the unprivileged nginx image keeps the site, listens, and which image the export is baked into. */
const WEB_ROOT = '/usr/share/nginx/polcoop';
const PORT = 8080;
const NGINX_IMAGE = 'nginxinc/nginx-unprivileged:1.27-alpine';

/** A Dockerfile baking the exported `site/` into the unprivileged nginx image (build it with the export folder as context). */
export function kubernetesDockerfile(): string {
  return [
    '# EU Police Cooperation Reference, static export: the site in an unprivileged nginx image.',
    '# docker build -f deploy/kubernetes/Dockerfile -t REGISTRY/polcoop-site:VERSION EXPORT_DIR',
    `FROM ${NGINX_IMAGE}`,
    `COPY --chown=0:0 site/ ${WEB_ROOT}/`,
    '',
  ].join('\n');
}

/**
 * A Deployment (any number of replicas: the site is static files), its Service and a ConfigMap with the nginx
 * configuration, as one YAML stream. Pods run as a non-root user on a read-only root file system with every
 * capability dropped; nginx writes only to an emptyDir at /tmp. The official image has no brotli module, so gzip only.
 */
export function kubernetesManifest(plan: SiteHeaderPlan, image: string, replicas = 3): string {
  const labels = { 'app.kubernetes.io/name': 'polcoop-site' };
  const probe = { httpGet: { path: `${plan.basePath}index.html`, port: PORT } };
  const documents = [
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'polcoop-site-nginx', labels },
      data: { 'default.conf': nginxConf(plan, { webRoot: WEB_ROOT, listen: String(PORT), brotli: false }) },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'polcoop-site', labels },
      spec: {
        replicas,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            securityContext: {
              runAsNonRoot: true,
              runAsUser: 101,
              runAsGroup: 101,
              seccompProfile: { type: 'RuntimeDefault' },
            },
            containers: [
              {
                name: 'nginx',
                image,
                ports: [{ name: 'http', containerPort: PORT }],
                securityContext: {
                  allowPrivilegeEscalation: false,
                  readOnlyRootFilesystem: true,
                  capabilities: { drop: ['ALL'] },
                },
                readinessProbe: probe,
                livenessProbe: probe,
                resources: { requests: { cpu: '50m', memory: '32Mi' }, limits: { memory: '128Mi' } },
                volumeMounts: [
                  { name: 'nginx-conf', mountPath: '/etc/nginx/conf.d', readOnly: true },
                  { name: 'tmp', mountPath: '/tmp' },
                ],
              },
            ],
            volumes: [
              { name: 'nginx-conf', configMap: { name: 'polcoop-site-nginx' } },
              { name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'polcoop-site', labels },
      spec: { selector: labels, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
    },
  ];
  const header =
    '# EU Police Cooperation Reference, static export: Kubernetes (kubectl apply -f polcoop.yaml). Written by npm run export:static.\n';
  return header + documents.map((document) => stringify(document, { lineWidth: 0 })).join('---\n');
}
