import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { run, StepError } from './steps.mjs';
import { aptInstall, isExecutable, which, whyNoApt } from './system.mjs';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    throw new StepError(`Node ${process.versions.node} is too old`, 'install Node.js 20.19 or newer (22 recommended)');
  }
}

/**
 * `npm ci` when the lock file's content differs from what was last installed. Content, not dates:
 * a checkout or rebase that rewrites the lock unchanged must not reinstall. A `node_modules` that is
 * a link (a worktree sharing another's install) is never reinstalled: `npm ci` would empty the
 * install the other checkout uses.
 */
export async function ensureDependencies() {
  const lock = join(ROOT, 'package-lock.json');
  const modules = join(ROOT, 'node_modules');
  const stamp = join(ROOT, '.hub', 'dependencies.stamp');
  const print = createHash('sha256').update(readFileSync(lock)).digest('hex');
  const installed = existsSync(join(modules, '.package-lock.json'));
  if (installed && existsSync(stamp) && readFileSync(stamp, 'utf8') === print) {
    console.log('  dependencies are up to date');
    return;
  }
  if (existsSync(modules) && lstatSync(modules).isSymbolicLink()) {
    console.log('  node_modules is a link to another checkout: not reinstalled here');
    return;
  }
  await run('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: ROOT,
    fix: 'check your network access to the npm registry, and that python3, make and g++ are installed (better-sqlite3 compiles from source)',
  });
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, print);
}

/** The CMS's list of its secrets (cms/config/secrets.ts reads the same file). */
const SECRETS = JSON.parse(readFileSync(join(ROOT, 'cms', 'config', 'secret-names.json'), 'utf8'));
const secret = () => randomBytes(24).toString('base64url');

export function freshSecrets() {
  return Object.fromEntries(SECRETS.map((k) => [k, k === 'APP_KEYS' ? [secret(), secret(), secret(), secret()].join(',') : secret()]));
}

function parseEnv(text) {
  const out = {};
  for (const line of text.split('\n')) {
    const m = line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/);
    if (m) out[m[1]] = m[2].replace(/^"(.*)"$/, '$1');
  }
  return out;
}

/**
 * The local .env: written once with fresh secrets and a first administrator's password, then
 * kept, so sessions survive restarts. It is gitignored; production passes its own values.
 */
export function ensureLocalEnv() {
  const file = join(ROOT, '.env');
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    const env = parseEnv(text);
    // A secret added since this .env was written (PREVIEW_SECRET, say) is generated and appended:
    // the CMS would otherwise refuse to start after an update. Existing values are never touched.
    const missing = SECRETS.filter((k) => !env[k]);
    if (missing.length) {
      const fresh = freshSecrets();
      const added = missing.map((k) => `${k}=${fresh[k]}`);
      writeFileSync(
        file,
        `${text}${text.endsWith('\n') ? '' : '\n'}# Added by \`npm start\`: a secret the hub needs since.\n${added.join('\n')}\n`,
      );
      for (const k of missing) env[k] = fresh[k];
    }
    return { env, created: false };
  }
  const env = {
    ...freshSecrets(),
    ADMIN_EMAIL: 'admin@hub.localhost',
    ADMIN_PASSWORD: `Hub-${randomBytes(9).toString('base64url')}`,
  };
  const lines = [
    '# Written by `npm start` on first run. Never commit this file.',
    '# Secrets of the CMS (Strapi): fresh random values for this machine only.',
    ...SECRETS.map((k) => `${k}=${env[k]}`),
    '# The first administrator of the admin panel, created on first start.',
    `ADMIN_EMAIL=${env.ADMIN_EMAIL}`,
    `ADMIN_PASSWORD=${env.ADMIN_PASSWORD}`,
    '',
  ];
  writeFileSync(file, lines.join('\n'), { mode: 0o600 });
  return { env, created: true };
}

/** A Chromium for the browser tests and the audit: CHROME_PATH, else Debian's, installed if we may. */
export async function ensureChromium() {
  if (process.env.CHROME_PATH) {
    if (isExecutable(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new StepError(
      `CHROME_PATH=${process.env.CHROME_PATH} is not an executable`,
      'point CHROME_PATH at a Chromium or Chrome binary, or unset it',
    );
  }
  const debian = '/usr/bin/chromium';
  if (isExecutable(debian)) return debian;
  const noApt = whyNoApt();
  if (noApt) {
    throw new StepError(
      `no Chromium found, and ${noApt}`,
      'install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary',
    );
  }
  await aptInstall(['chromium', 'fonts-noto-core'], 'install chromium with apt-get yourself, or set CHROME_PATH');
  return debian;
}

/**
 * liblouis's translator for the braille files (site/src/lib/server/braille): Debian's liblouis-bin,
 * installed if we may. Without it the hub still runs: braille downloads answer 503 and say why.
 * Returns the reason it is missing, or null once it is there.
 */
export async function ensureLiblouis() {
  if (which('lou_translate')) return null;
  const noApt = whyNoApt();
  if (noApt) return `no lou_translate, and ${noApt} (Debian/Ubuntu: sudo apt-get install liblouis-bin)`;
  await aptInstall(['liblouis-bin'], 'install liblouis-bin with apt-get yourself');
  return null;
}
