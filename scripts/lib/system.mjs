import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { run } from './steps.mjs';

/** Whether a file exists and may be run. */
export const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The path of a command on the PATH, or null. */
export const which = (name) => {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
};

/**
 * Why Debian packages cannot be installed here, or null when they can: the tests install what
 * they need (Chromium, PostgreSQL) only as root on a machine with apt, as CI is.
 */
export function whyNoApt() {
  if (process.getuid?.() !== 0) return 'installing it needs root';
  if (!which('apt-get')) return 'there is no apt-get to install it';
  return null;
}

/** Installs Debian packages, non-interactively. */
export async function aptInstall(packages, fix) {
  await run('apt-get', ['update', '-qq'], { fix: 'check access to the Debian package mirrors' });
  await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    env: { DEBIAN_FRONTEND: 'noninteractive' },
    fix,
  });
}
