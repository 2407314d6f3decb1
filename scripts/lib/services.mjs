import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './setup.mjs';

/** Settings every CMS process gets, whatever starts it. */
export const CMS_BASE_ENV = {
  STRAPI_TELEMETRY_DISABLED: 'true',
  BROWSER: 'none',
};

function prefixed(stream, label, target) {
  let rest = '';
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    for (const line of lines) target.write(`${label} ${line}\n`);
  });
}

/** Starts a long-running service whose output is labelled, so two logs can share one terminal. */
export function startService(name, command, args, { cwd, env, quiet = false }) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const label = `[${name}]`;
  let tail = '';
  const keep = (d) => {
    tail = (tail + d).slice(-6000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  if (!quiet) {
    prefixed(child.stdout, label, process.stdout);
    prefixed(child.stderr, label, process.stderr);
  }
  child.recentOutput = () => tail;
  return child;
}

export function startCms(env, opts = {}) {
  return startService('cms', join(ROOT, 'node_modules', '.bin', 'strapi'), ['start'], {
    cwd: join(ROOT, 'cms'),
    env: { ...CMS_BASE_ENV, NODE_ENV: 'production', ...env },
    ...opts,
  });
}

/**
 * The site takes an application's attachments (10 MB each at most, checked by the site and the
 * CMS). adapter-node refuses bodies over 512 KB by default with a bare 413; above the limit set
 * here, the upload action answers with the localized "file too large" message instead.
 */
export const SITE_BODY_SIZE_LIMIT = '25M';

export function startSite(env, opts = {}) {
  return startService('site', process.execPath, ['build'], {
    cwd: join(ROOT, 'site'),
    env: { BODY_SIZE_LIMIT: SITE_BODY_SIZE_LIMIT, ...env },
    ...opts,
  });
}

/** Stops services: SIGTERM, then SIGKILL for any still running after a grace period. */
export async function stopAll(children, graceMs = 8000) {
  await Promise.all(
    children.filter(Boolean).map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}
