import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { run } from './steps.mjs';
import { ROOT } from './setup.mjs';
import { CMS_BASE_ENV } from './services.mjs';

const STAMPS = join(ROOT, '.hub');

function listFiles(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', 'build', '.svelte-kit', '.strapi', '.tmp', '.cache', 'paraglide'].includes(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, out);
    else out.push(full);
  }
  return out;
}

/** A fingerprint of a build's inputs, so an unchanged tree is not built again. */
function fingerprint(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((i) => (statSync(i, { throwIfNoEntry: false })?.isDirectory() ? listFiles(i) : [i])).sort()) {
    if (!existsSync(file)) continue;
    hash.update(relative(ROOT, file)).update(readFileSync(file));
  }
  return hash.digest('hex');
}

async function cached(name, inputs, output, build) {
  const stampFile = join(STAMPS, `${name}.stamp`);
  const print = fingerprint(inputs);
  if (existsSync(output) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === print) {
    console.log(`  ${name} is up to date`);
    return;
  }
  await build();
  mkdirSync(STAMPS, { recursive: true });
  writeFileSync(stampFile, print);
}

const lock = join(ROOT, 'package-lock.json');
const cmsInputs = ['src', 'config', 'tsconfig.json', 'package.json']
  .map((p) => join(ROOT, 'cms', p))
  .concat(lock, join(ROOT, 'tsconfig.json'));

/**
 * The CMS: the admin panel and the server (`strapi build`, which loads the configuration and so
 * needs the secrets in `env`), or the server alone for tests.
 */
export function buildCms({ admin, env = {} }) {
  const bin = join(ROOT, 'node_modules', '.bin');
  return admin
    ? cached('cms-admin', cmsInputs, join(ROOT, 'cms', 'dist', 'build', 'index.html'), () =>
        run(join(bin, 'strapi'), ['build'], {
          cwd: join(ROOT, 'cms'),
          env: { ...CMS_BASE_ENV, ...env },
          fix: 'read the error above; `npm ci` again if node_modules is damaged',
        }),
      )
    : cached('cms-server', cmsInputs, join(ROOT, 'cms', 'dist', 'src', 'index.js'), () =>
        run(join(bin, 'tsc'), ['-p', '.'], { cwd: join(ROOT, 'cms'), fix: 'fix the TypeScript errors above' }),
      );
}

export function buildSite() {
  const inputs = ['src', 'messages', 'static', 'project.inlang/settings.json', 'svelte.config.js', 'vite.config.ts', 'package.json']
    .map((p) => join(ROOT, 'site', p))
    .concat(lock, join(ROOT, 'tsconfig.json'));
  return cached('site', inputs, join(ROOT, 'site', 'build', 'index.js'), async () => {
    await run(join(ROOT, 'node_modules', '.bin', 'vite'), ['build'], {
      cwd: join(ROOT, 'site'),
      quiet: true,
      fix: 'read the build error above',
    });
    // Paraglide compiles nothing (and every page fails) when its plugin cannot be loaded.
    const messages = join(ROOT, 'site', 'src', 'lib', 'paraglide', 'messages', '_index.js');
    if (!existsSync(messages) || statSync(messages).size < 100) {
      throw new Error('the site built without its messages: check site/project.inlang/settings.json "modules"');
    }
  });
}
