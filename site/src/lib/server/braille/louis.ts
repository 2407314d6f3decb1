import { spawn } from 'node:child_process';
import type { Locale } from '$lib/i18n';

/**
 * liblouis, through Debian's `lou_translate` (liblouis-bin 3.24): the npm builds of liblouis are
 * 3.2.0 and crash on longer texts (STACK.md). Each locale has one table, chosen for the readers
 * the hub serves (README, "Braille"): Arabic grade 1, and French integral (uncontracted) braille,
 * which every French braille reader can read, learners and late-blinded adults included. The
 * display table `en-us-brf.dis` writes the cells as North American braille ASCII, which is what
 * a .brf file holds and what embossers and braille displays expect.
 */
export const BRAILLE_TABLES: Record<Locale, string> = {
  ar: 'ar-ar-g1.utb',
  fr: 'fr-bfu-comp6.utb',
};
const DISPLAY = 'en-us-brf.dis';

/** liblouis is not installed (or its tables are not): the site answers 503 and says so. */
export class BrailleUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrailleUnavailable';
  }
}

/** A text translated in one process: lou_translate reads lines and answers one line for each. */
const LIMIT_MS = 10_000;

/**
 * Each line of `lines` in braille ASCII, in the same order. Lines must not contain a line break;
 * an empty line stays empty. `command` is the executable (LOU_TRANSLATE, default `lou_translate`).
 */
export function translateLines(lines: readonly string[], locale: Locale, command = 'lou_translate'): Promise<string[]> {
  if (lines.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn(command, ['--forward', `${DISPLAY},${BRAILLE_TABLES[locale]}`], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        e.code === 'ENOENT'
          ? new BrailleUnavailable(`liblouis is not installed: no ${command} (Debian: apt-get install liblouis-bin)`)
          : new BrailleUnavailable(`${command} could not run: ${e.message}`),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (code !== 0) {
        reject(new BrailleUnavailable(`${command} failed (${signal ?? `exit ${code}`}): ${stderr.slice(0, 300)}`));
        return;
      }
      const text = Buffer.concat(out).toString('utf8');
      const result = text.split('\n');
      if (result.at(-1) === '') result.pop();
      // One answer a line, or the translation is not what was asked: never a half-made file.
      if (result.length !== lines.length) {
        reject(new BrailleUnavailable(`${command} answered ${result.length} lines for ${lines.length}: ${stderr.slice(0, 300)}`));
        return;
      }
      resolve(result.map((l) => l.replace(/\r$/, '')));
    });
    child.stdin.on('error', () => {
      // The process died before reading everything; its 'close' says why.
    });
    child.stdin.end(lines.map((l) => l.replace(/[\r\n]+/g, ' ')).join('\n') + '\n');
  });
}
