import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type Harness } from './strapi-harness';

/**
 * Signed videos and captions are checked by content on upload (src/formats/uploads.ts, hooked into
 * the upload service by src/extensions/upload): each refusal beside a file of the same kind that passes.
 */
let h: Harness;
let dir: string;
const media = (name: string) => readFileSync(join(__dirname, '../src/seed/media', name));

beforeAll(async () => {
  h = await bootStrapi();
  dir = mkdtempSync(join(tmpdir(), 'hub-uploads-'));
});
afterAll(async () => {
  await h?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function upload(name: string, mimetype: string, content: Buffer | string) {
  const filepath = join(dir, `${Date.now()}-${name}`);
  writeFileSync(filepath, content);
  return h.strapi
    .plugin('upload')
    .service('upload')
    .upload({ data: { fileInfo: { name } }, files: { filepath, originalFilename: name, mimetype, size: statSync(filepath).size } });
}

describe('uploads of signed videos and captions', () => {
  it('accepts an MP4 video and WebVTT captions', async () => {
    const [video] = await upload('clip.mp4', 'video/mp4', media('sample-sport-day.mp4'));
    expect(video.mime).toBe('video/mp4');
    const [captions] = await upload('clip.fr.vtt', 'text/vtt', media('sample-sport-day.fr.vtt'));
    expect(captions.ext).toBe('.vtt');
  });

  it('refuses a "video" whose content is not MP4 or WebM, whatever its name says', async () => {
    await expect(upload('clip.mp4', 'video/mp4', media('sample-sport-day.fr.vtt'))).rejects.toThrow(/MP4 ou WebM/);
  });

  it('refuses captions that are not WebVTT: SubRip, or not UTF-8 text', async () => {
    await expect(upload('clip.vtt', 'text/vtt', '1\n00:00:00,000 --> 00:00:01,000\nBonjour\n')).rejects.toThrow(/WebVTT/);
    await expect(upload('clip.vtt', 'text/vtt', Buffer.from([0x57, 0x45, 0x42, 0xff, 0xfe]))).rejects.toThrow(/UTF-8/);
  });

  it('refuses captions over 256 KB', async () => {
    await expect(upload('long.vtt', 'text/vtt', `WEBVTT\n\n${'x'.repeat(300 * 1024)}`)).rejects.toThrow(/256 Ko/);
  });
});
