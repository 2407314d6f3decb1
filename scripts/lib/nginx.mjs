// nginx with the production proxy's own configuration (site/deploy/nginx.conf.template) on loopback
// ports: in front of the test stack (site/e2e/proxy.test.ts) and of the benchmark's, which also
// gets a plain static server beside it, the limit the proxy is measured against.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './setup.mjs';
import { aptInstall, which, whyNoApt } from './system.mjs';

/** The nginx binary, installed from Debian when we may; null with the reason when it cannot be had. */
export async function ensureNginx() {
  if (which('nginx')) return { nginx: which('nginx') };
  const noApt = whyNoApt();
  if (noApt) return { nginx: null, reason: `no nginx, and ${noApt}` };
  // The light build where Debian still has it (bookworm); the plain package elsewhere.
  await aptInstall(['nginx-light'], 'install nginx with apt-get yourself').catch(() =>
    aptInstall(['nginx'], 'install nginx with apt-get yourself'),
  );
  return which('nginx') ? { nginx: which('nginx') } : { nginx: null, reason: 'nginx did not install' };
}

/**
 * Starts nginx with the proxy on `proxyPort` (to the site and CMS given) and, when asked, a static
 * server of `staticDir` on `staticPort`. One worker, like the one Node process it is compared with.
 */
export function startNginx(nginx, { dir, site, cms, proxyPort, adminPort, staticPort, staticDir }) {
  mkdirSync(join(dir, 'cache'), { recursive: true });
  mkdirSync(join(dir, 'logs'), { recursive: true });
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  const proxy = readFileSync(join(ROOT, 'site', 'deploy', 'nginx.conf.template'), 'utf8')
    .replaceAll('${SITE_UPSTREAM}', site)
    .replaceAll('${CMS_UPSTREAM}', cms)
    .replace('/var/cache/nginx/hub', join(dir, 'cache'))
    .replace('listen 80;', `listen 127.0.0.1:${proxyPort};`)
    .replace('listen 8080;', `listen 127.0.0.1:${adminPort};`);
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'logs', 'error.log')} warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  # Its own temporary folders: Debian's (/var/lib/nginx) may not exist, nor be writable without root.
  client_body_temp_path ${join(dir, 'tmp', 'body')};
  proxy_temp_path ${join(dir, 'tmp', 'proxy')};
  fastcgi_temp_path ${join(dir, 'tmp', 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'tmp', 'uwsgi')};
  scgi_temp_path ${join(dir, 'tmp', 'scgi')};
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  ${proxy}
${
  staticPort
    ? `  server {
    listen 127.0.0.1:${staticPort};
    root ${staticDir};
    location / { try_files $uri =404; }
  }`
    : ''
}
}
`,
  );
  const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  child.stderr.on('data', (d) => (tail = (tail + d).slice(-3000)));
  child.recentOutput = () => tail;
  return child;
}
