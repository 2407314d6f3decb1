import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { LOCALE_CODES } from '../locales';
import { demo, sampleCaptions, seedMediaFile } from './catalogue';

/**
 * Uploads one file of src/seed/media through the upload service, as an editor's upload would go,
 * so the seed's files pass the same checks (src/formats/uploads.ts); or finds it again by name
 * when an interrupted seed already uploaded it.
 */
async function uploadOnce(strapi: Core.Strapi, name: string, mimetype: string, caption: string): Promise<number> {
  const existing = await strapi.db.query('plugin::upload.file').findOne({ where: { name }, select: ['id'] });
  if (existing) return existing.id;
  // The upload service may move what it is given: it gets a copy.
  const dir = await mkdtemp(path.join(tmpdir(), 'hub-seed-'));
  try {
    const filepath = path.join(dir, name);
    await copyFile(seedMediaFile(name), filepath);
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name, caption, alternativeText: caption } },
        files: { filepath, originalFilename: name, mimetype, size: (await stat(filepath)).size },
      });
    return file.id;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The demo's sample signed videos as event components, by key: the video, captions and transcript in every locale. */
export async function seedSignedVideos(strapi: Core.Strapi, signedOn: string): Promise<Map<string, Record<string, unknown>>> {
  const made = new Map<string, Record<string, unknown>>();
  for (const v of demo().catalogue.signedVideos) {
    const label = `Sample sign-language video (demo) · ${v.key}`;
    const video = await uploadOnce(strapi, `${v.key}.mp4`, 'video/mp4', label);
    const tracks = [];
    for (const language of LOCALE_CODES) {
      const { transcript } = sampleCaptions(v.key, language);
      tracks.push({ language, captions: await uploadOnce(strapi, `${v.key}.${language}.vtt`, 'text/vtt', label), transcript });
    }
    made.set(v.key, { video, tracks, signedBy: v.signedBy, signedOn, sample: v.sample });
  }
  return made;
}
