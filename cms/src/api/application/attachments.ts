import type { Core } from '@strapi/strapi';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { plainText } from '../comment/submit';
import { Refusal } from '../../utils/refusal';
import { APPLICATION, isEditable, ownedRow, publishedCall, ROW_POPULATE, viewOf, whileEditable } from './owned';

/**
 * The documents an association attaches to its application: PDF, JPEG or PNG, recognised by their
 * content (file-type reads the first bytes; the name and the browser's type are not trusted), at
 * most 10 MB each and 8 per application. They are kept in a private folder of the CMS
 * (ATTACHMENTS_DIR), never among the public uploads the site serves under /media: only the
 * association's accounts (through the site) and staff (in the admin panel) can read them.
 * A refused file leaves nothing behind.
 */
export const ATTACHMENT_LIMITS = { bytes: 10 * 1024 * 1024, perApplication: 8 } as const;
const ALLOWED = new Set(['application/pdf', 'image/jpeg', 'image/png']);
const KEY = /^[a-f0-9]{32}$/;

// file-type is ESM only, and this code is compiled to CommonJS, where `import()` would become
// `require()`: the Function keeps a real dynamic import.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<typeof import('file-type')>;

export function attachmentsDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.ATTACHMENTS_DIR || join(process.cwd(), '.tmp', 'attachments'));
}

interface Incoming {
  filepath: string;
  originalFilename?: string | null;
  size: number;
}

/** What is wrong with an uploaded file, or null when it may be kept; reads its content, not its name. */
export async function fileProblem(file: Incoming | undefined): Promise<{ key: string; mime?: string; size?: number }> {
  if (!file?.filepath) return { key: 'file-missing' };
  const size = (await stat(file.filepath)).size;
  if (size === 0) return { key: 'file-missing' };
  if (size > ATTACHMENT_LIMITS.bytes) return { key: 'file-too-large' };
  const { fileTypeFromFile } = await importEsm('file-type');
  const type = await fileTypeFromFile(file.filepath);
  if (!type || !ALLOWED.has(type.mime)) return { key: 'file-type' };
  return { key: '', mime: type.mime, size };
}

const sha256 = (path: string) =>
  new Promise<string>((ok, fail) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (c) => hash.update(c))
      .on('end', () => ok(hash.digest('hex')))
      .on('error', fail);
  });

/** A display name: the file's own name without folders or control characters, kept short. */
export function displayName(original: string | null | undefined, mime: string): string {
  const name = plainText(basename(String(original ?? '').replace(/\\/g, '/'))).replace(/\s+/g, ' ');
  const fallback = mime === 'application/pdf' ? 'document.pdf' : mime === 'image/png' ? 'image.png' : 'image.jpg';
  return ([...name].length > 120 ? [...name].slice(0, 120).join('') : name) || fallback;
}

const componentsOf = (row: any) =>
  (row.attachments ?? []).map(({ document, name, mime, size, storageKey, sha256 }: any) => ({
    document,
    name,
    mime,
    size,
    storageKey,
    sha256,
  }));

export async function attach(
  strapi: Core.Strapi,
  user: { id: number },
  documentId: unknown,
  document: unknown,
  file: Incoming | undefined,
  locale: string,
) {
  try {
    const row = await ownedRow(strapi, user, documentId);
    const call = await publishedCall(strapi, row.call?.documentId, locale);
    if (!isEditable(row, call)) throw new Refusal(409, 'not-editable');
    if (typeof document !== 'string' || !(call?.documents ?? []).some((d: any) => d.key === document)) {
      throw new Refusal(400, 'document-unknown', { field: 'document' });
    }
    const problem = await fileProblem(file);
    if (problem.key) throw new Refusal(400, problem.key, { field: `document-${document}` });
    const kept = componentsOf(row);
    const replaced = kept.filter((a: any) => a.document === document);
    if (kept.length - replaced.length >= ATTACHMENT_LIMITS.perApplication)
      throw new Refusal(400, 'too-many-files', { field: `document-${document}` });

    const storageKey = randomBytes(16).toString('hex');
    const dir = attachmentsDir();
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await copyFile(file!.filepath, join(dir, storageKey));
    const entry = {
      document,
      name: displayName(file!.originalFilename, problem.mime!),
      mime: problem.mime,
      size: problem.size,
      storageKey,
      sha256: await sha256(join(dir, storageKey)),
    };
    try {
      await whileEditable(strapi, row.id, async () => {
        // Read again under the claim: another upload may have landed since.
        const current: any = await strapi.db.query(APPLICATION).findOne({ where: { id: row.id }, populate: { attachments: true } });
        const others = componentsOf(current).filter((a: any) => a.document !== document);
        if (others.length >= ATTACHMENT_LIMITS.perApplication) throw new Refusal(400, 'too-many-files', { field: `document-${document}` });
        replaced.splice(0, replaced.length, ...componentsOf(current).filter((a: any) => a.document === document));
        await strapi.documents(APPLICATION).update({ documentId: row.documentId, data: { attachments: [...others, entry] } as any });
      });
    } catch (e) {
      await rm(join(dir, storageKey), { force: true });
      throw e;
    }
    // The replaced file goes only once the application no longer names it.
    for (const old of replaced) if (KEY.test(old.storageKey)) await rm(join(dir, old.storageKey), { force: true });
    const fresh = await strapi.db.query(APPLICATION).findOne({ where: { id: row.id }, populate: ROW_POPULATE as any });
    return viewOf(fresh, call);
  } finally {
    // The upload's temporary copy, kept or refused: nothing stays in the temporary folder.
    if (file?.filepath) await rm(file.filepath, { force: true }).catch(() => {});
  }
}

export async function detach(strapi: Core.Strapi, user: { id: number }, documentId: unknown, attachmentId: unknown, locale: string) {
  const row = await ownedRow(strapi, user, documentId);
  const call = await publishedCall(strapi, row.call?.documentId, locale);
  if (!isEditable(row, call)) throw new Refusal(409, 'not-editable');
  const gone = (row.attachments ?? []).find((a: any) => String(a.id) === String(attachmentId));
  if (!gone) throw new Refusal(404, 'not-found');
  await whileEditable(strapi, row.id, async () => {
    const current: any = await strapi.db.query(APPLICATION).findOne({ where: { id: row.id }, populate: { attachments: true } });
    await strapi.documents(APPLICATION).update({
      documentId: row.documentId,
      data: { attachments: componentsOf(current).filter((a: any) => a.storageKey !== gone.storageKey) } as any,
    });
  });
  if (KEY.test(gone.storageKey)) await rm(join(attachmentsDir(), gone.storageKey), { force: true });
  const fresh = await strapi.db.query(APPLICATION).findOne({ where: { id: row.id }, populate: ROW_POPULATE as any });
  return viewOf(fresh, call);
}

/** A stored file to send back to its owner or to staff: its stream, type and name. */
export async function openAttachment(row: any, attachmentId: unknown) {
  const found = (row.attachments ?? []).find((a: any) => String(a.id) === String(attachmentId));
  if (!found || !KEY.test(found.storageKey)) throw new Refusal(404, 'not-found');
  const path = join(attachmentsDir(), found.storageKey);
  await stat(path).catch(() => {
    throw new Refusal(404, 'not-found');
  });
  return { stream: createReadStream(path), mime: found.mime as string, name: found.name as string, size: found.size as number };
}

/** RFC 6266 and 5987: the name as typed, in any script; `'()*` are encoded too, as the RFC asks. */
export const contentDisposition = (name: string) =>
  `attachment; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
