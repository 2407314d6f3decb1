// A throw-away PostgreSQL cluster for the CMS integration tests, so that a query or a migration
// only SQLite accepts fails here and not in production, which runs on PostgreSQL.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { run, StepError } from './steps.mjs';
import { aptInstall, isExecutable, which, whyNoApt } from './system.mjs';

const DEBIAN_VERSIONS = '/usr/lib/postgresql';
const USER = 'hub_test';

/** The folder holding initdb and pg_ctl: Debian's newest version, else whatever is on the PATH. */
function findBinaries() {
  if (existsSync(DEBIAN_VERSIONS)) {
    const versions = readdirSync(DEBIAN_VERSIONS)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const bin = join(DEBIAN_VERSIONS, v, 'bin');
      if (isExecutable(join(bin, 'initdb')) && isExecutable(join(bin, 'pg_ctl'))) return bin;
    }
  }
  const initdb = which('initdb');
  return initdb && which('pg_ctl') ? initdb.replace(/\/initdb$/, '') : null;
}

/** Installs Debian's server when we may; returns the binaries' folder, or why there is none. */
async function ensureBinaries() {
  const found = findBinaries();
  if (found) return { bin: found };
  const noApt = whyNoApt();
  if (noApt)
    return {
      reason: `no PostgreSQL server binaries (initdb, pg_ctl) found, and ${noApt} (Debian/Ubuntu: sudo apt-get install postgresql)`,
    };
  try {
    await aptInstall(['postgresql'], 'install postgresql with apt-get yourself');
  } catch (error) {
    return { reason: `installing Debian's postgresql package failed (${error.message})` };
  }
  const bin = findBinaries();
  return bin ? { bin } : { reason: `Debian's postgresql package installed no initdb under ${DEBIAN_VERSIONS}/*/bin` };
}

/** `port` if nothing listens there on the loopback, else any free port. */
function freePort(port) {
  const tryPort = (p) =>
    new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(null));
      server.listen(p, '127.0.0.1', () => {
        const { port: got } = server.address();
        server.close(() => resolve(got));
      });
    });
  return tryPort(port).then((p) => p ?? tryPort(0));
}

/**
 * Starts a fresh cluster listening only on 127.0.0.1, with a password-protected superuser for the
 * tests. Returns `{ settings, stop }`, where stop() shuts it down and deletes its files, or
 * `{ reason }` when no PostgreSQL can be had on this machine.
 */
export async function startPostgres({ port = 5544 } = {}) {
  const { bin, reason } = await ensureBinaries();
  if (!bin) return { reason };

  // PostgreSQL refuses to run as root: as root, the cluster belongs to Debian's postgres user.
  const root = process.getuid?.() === 0;
  let owner = null;
  if (root) {
    try {
      owner = {
        uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
        gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
      };
    } catch {
      return { reason: 'running as root, but there is no postgres system user to run the server as' };
    }
  }
  const as = (command, args) => (root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]);

  // Under /tmp, not $TMPDIR: the postgres user must be able to reach it.
  const base = mkdtempSync(join(root ? '/tmp' : process.env.TMPDIR || '/tmp', 'hub-pg-'));
  const data = join(base, 'data');
  const log = join(base, 'server.log');
  const password = randomBytes(18).toString('base64url');
  writeFileSync(join(base, 'password'), password, { mode: 0o600 });
  if (owner) for (const p of [base, join(base, 'password')]) chownSync(p, owner.uid, owner.gid);

  const pgCtl = join(bin, 'pg_ctl');
  let started = false;
  const stopNow = () => {
    // Synchronous, so it can run from a signal handler; `immediate` because nothing is worth keeping.
    if (started) {
      try {
        execFileSync(...as(pgCtl, ['stop', '-D', data, '-m', 'immediate', '-w']), { stdio: 'ignore' });
      } catch {
        /* already down */
      }
      started = false;
    }
    rmSync(base, { recursive: true, force: true });
  };
  // Ctrl-C or a CI timeout mid-suite: the server was detached by pg_ctl and would outlive us.
  const onSignal = (signal) => {
    stopNow();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    process.kill(process.pid, signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const stop = async () => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    stopNow();
  };

  try {
    await run(
      ...as(join(bin, 'initdb'), [
        '-D',
        data,
        '-U',
        USER,
        `--pwfile=${join(base, 'password')}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--no-sync',
      ]),
      { quiet: true, fix: "read initdb's output above" },
    );
    const chosen = await freePort(port);
    // The socket goes in our own folder: /var/run/postgresql may be missing or not ours. Nothing
    // here needs to survive a crash, so durability is traded for speed.
    const options = `-c listen_addresses=127.0.0.1 -p ${chosen} -k ${base} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    started = true;
    await run(...as(pgCtl, ['start', '-D', data, '-l', log, '-w', '-t', '60', '-o', options]), {
      quiet: true,
      fix: "read the server's log above",
    }).catch((error) => {
      if (existsSync(log)) process.stderr.write(readFileSync(log, 'utf8').slice(-4000));
      throw error;
    });
    return { settings: { host: '127.0.0.1', port: chosen, user: USER, password }, stop };
  } catch (error) {
    await stop();
    throw error instanceof StepError ? error : new StepError(error.message, 'read the output above');
  }
}

/** The environment the CMS test harness reads to boot Strapi on this cluster. */
export const harnessEnv = ({ host, port, user, password }) => ({
  HUB_TEST_DATABASE: 'postgres',
  HUB_TEST_PG_HOST: host,
  HUB_TEST_PG_PORT: String(port),
  HUB_TEST_PG_USER: user,
  HUB_TEST_PG_PASSWORD: password,
});
