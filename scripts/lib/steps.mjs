import { spawn } from 'node:child_process';

/** A failure the user can act on: what failed, and what to do about it. */
export class StepError extends Error {
  constructor(message, fix) {
    super(message);
    this.fix = fix;
  }
}

const seconds = (t0) => `${((Date.now() - t0) / 1000).toFixed(0)} s`;

/** Runs one named step, printing when it starts and how it ended. */
export async function step(name, fn) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}…`);
  try {
    const result = await fn();
    console.log(`✔ ${name} (${seconds(t0)})`);
    return result;
  } catch (error) {
    console.error(`✖ ${name} failed after ${seconds(t0)}: ${error.message}`);
    if (error.fix) console.error(`  How to fix: ${error.fix}`);
    throw error;
  }
}

/** Runs a command to completion, its output shown as it comes. */
export function run(command, args, { cwd, env, fix, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (quiet) {
      child.stdout.on('data', (d) => {
        output += d;
      });
      child.stderr.on('data', (d) => {
        output += d;
      });
    }
    child.on('error', (e) => reject(new StepError(`${command} could not start: ${e.message}`, fix)));
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(output);
      else {
        if (quiet) process.stderr.write(output.slice(-4000));
        reject(new StepError(`${command} ${args.join(' ')} exited with ${signal ?? code}`, fix));
      }
    });
  });
}

/** Waits until a URL answers 2xx or 3xx, or fails after the timeout, or as soon as the process dies. */
export async function waitForHttp(url, { timeoutMs = 120000, child, name = url } = {}) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child?.once('exit', () => {
    exited = true;
  });
  while (Date.now() < deadline) {
    if (exited) throw new StepError(`${name} stopped before it answered`, 'read its log above for the first error');
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(3000) });
      if (res.status < 400) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new StepError(
    `${name} did not answer at ${url} within ${timeoutMs / 1000} s`,
    'read its log above; is the port already taken by another process?',
  );
}
