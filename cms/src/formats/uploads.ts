import { open, stat } from 'node:fs/promises';
import { errors } from '@strapi/utils';

/**
 * What the hub accepts as a signed video or a captions track, checked on the file's content
 * before it is stored, whatever its name or declared type says: a video is MP4 or WebM (what
 * every phone plays), a captions file is WebVTT (what browsers read in <track>), each within its
 * size. Strapi's own upload security (config/plugins.ts) already refuses types outside its list by
 * content; this adds what it cannot know: that a `.vtt` really is WebVTT (text has no magic
 * number for it to detect), and limits per kind rather than one for every file.
 */
export const LIMITS = {
  video: 50 * 1024 * 1024,
  captions: 256 * 1024,
} as const;
const VIDEO_TYPES = ['video/mp4', 'video/webm'];

const M = {
  videoType: (found: string) =>
    `Une vidéo doit être un fichier MP4 ou WebM (ce fichier est ${found}) · يجب أن يكون الفيديو ملف MP4 أو WebM (هذا الملف ${found})`,
  videoSize: 'Une vidéo fait 50 Mo au plus · لا يتجاوز حجم الفيديو 50 ميغابايت',
  captionsType:
    'Des sous-titres doivent être un fichier WebVTT, qui commence par « WEBVTT » · يجب أن تكون الترجمة المكتوبة ملف WebVTT يبدأ بـ«WEBVTT»',
  captionsText: 'Le fichier de sous-titres doit être du texte UTF-8 · يجب أن يكون ملف الترجمة المكتوبة نصا بترميز UTF-8',
  captionsSize: 'Un fichier de sous-titres fait 256 Ko au plus · لا يتجاوز حجم ملف الترجمة المكتوبة 256 كيلوبايت',
} as const;

export interface IncomingFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size?: number;
}

const extensionOf = (name: string | null | undefined) => (name ?? '').toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';

/** What kind of file the hub should check this as, from what the uploader claims. */
export function claimedKind(file: IncomingFile): 'video' | 'captions' | undefined {
  const ext = extensionOf(file.originalFilename);
  const mime = (file.mimetype ?? '').toLowerCase();
  if (ext === 'vtt' || mime === 'text/vtt') return 'captions';
  if (mime.startsWith('video/') || ['mp4', 'm4v', 'webm', 'mov', 'mkv', 'avi', 'ogv'].includes(ext)) return 'video';
  return undefined;
}

// file-type is ESM only, and this code is compiled to CommonJS, where `import()` would become
// `require()`: the Function keeps a real dynamic import.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<typeof import('file-type')>;

async function head(filepath: string, bytes: number): Promise<Buffer> {
  const handle = await open(filepath, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A WebVTT file starts with an optional byte order mark, then WEBVTT, then a blank, a tab or the end of the line. */
export const isWebVtt = (text: string) => /^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/.test(text);

/** The problem with an incoming file, in French and Arabic, or undefined when there is none. */
export async function uploadProblem(file: IncomingFile): Promise<string | undefined> {
  const kind = claimedKind(file);
  if (!kind) return undefined;
  const size = file.size ?? (await stat(file.filepath)).size;
  if (kind === 'video') {
    if (size > LIMITS.video) return M.videoSize;
    const { fileTypeFromFile } = await importEsm('file-type');
    const found = await fileTypeFromFile(file.filepath);
    if (!found || !VIDEO_TYPES.includes(found.mime)) return M.videoType(found?.mime ?? 'inconnu · غير معروف');
    return undefined;
  }
  if (size > LIMITS.captions) return M.captionsSize;
  const bytes = await head(file.filepath, LIMITS.captions);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return M.captionsText;
  }
  return isWebVtt(text) ? undefined : M.captionsType;
}

/** Refuses the whole upload when one of its files is not what it claims. */
export async function checkUploads(files: IncomingFile | IncomingFile[] | undefined) {
  for (const file of Array.isArray(files) ? files : files ? [files] : []) {
    const problem = await uploadProblem(file);
    if (problem) throw new errors.ValidationError(problem);
  }
}
