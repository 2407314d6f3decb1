import type { Core } from '@strapi/strapi';
import SECRET_NAMES from './secret-names.json';

type Env = Core.Config.Shared.ConfigParams['env'];
type SecretName = (typeof SECRET_NAMES)[number];

/** The one list of the CMS's secrets; `npm start`, the test harness and the image read it too. */
export { SECRET_NAMES };

/**
 * Secrets have no default anywhere: `npm start` writes fresh ones into a local .env on
 * first run, production passes them in. Failing at boot beats running with a guessable key.
 */
export function requireSecret(env: Env, name: SecretName): string {
  const value = env(name, '');
  if (!value || value.includes('tobemodified') || value.length < 16) {
    throw new Error(
      `The secret ${name} is missing or too short. Run "npm start" once to generate a local .env, ` +
        `or set ${name} in the environment (see README.md, Configuration).`,
    );
  }
  return value;
}
