import { rm } from 'node:fs/promises';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../../locales';
import { refusing } from '../../../utils/refusal';
import { attach, contentDisposition, detach, openAttachment } from '../attachments';
import { save, start } from '../drafts';
import { APPLICATION, ownedRow, ownerOf, publishedCall, ROW_POPULATE, summaryOf, viewOf } from '../owned';
import { submit, withdraw } from '../submit';

const localeOf = (ctx: any) => (LOCALE_CODES.includes(ctx.query?.locale) ? ctx.query.locale : DEFAULT_LOCALE);
const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export default ({ strapi }: { strapi: any }) => ({
  mine: refusing(async (ctx) => {
    const owner = await ownerOf(strapi, ctx.state.user);
    const rows: any[] = await strapi.db.query(APPLICATION).findMany({
      where: { association: { documentId: owner.documentId } },
      populate: ROW_POPULATE,
      orderBy: { updatedAt: 'desc' },
    });
    ctx.body = { data: await Promise.all(rows.map((r) => summaryOf(strapi, r, localeOf(ctx)))) };
  }),
  start: refusing(async (ctx) => {
    ctx.body = await start(strapi, ctx.state.user, ctx.request.body);
  }),
  read: refusing(async (ctx) => {
    const row = await ownedRow(strapi, ctx.state.user, ctx.params.documentId);
    ctx.body = viewOf(row, await publishedCall(strapi, row.call?.documentId, localeOf(ctx)));
  }),
  save: refusing(async (ctx) => {
    ctx.body = await save(strapi, ctx.state.user, ctx.params.documentId, ctx.request.body, localeOf(ctx));
  }),
  attach: refusing(async (ctx) => {
    const files = ctx.request.files ?? {};
    const file = single(files.file);
    // Every other part of the request is dropped unread (attach() removes the one it reads).
    const others = Object.values(files)
      .flat()
      .filter((f: any) => f !== file && f?.filepath);
    await Promise.all(others.map((f: any) => rm(f.filepath, { force: true })));
    ctx.status = 201;
    ctx.body = await attach(strapi, ctx.state.user, ctx.params.documentId, ctx.request.body?.document, file, localeOf(ctx));
  }),
  download: refusing(async (ctx) => {
    const row = await ownedRow(strapi, ctx.state.user, ctx.params.documentId);
    const file = await openAttachment(row, ctx.params.attachment);
    ctx.set('content-type', file.mime);
    ctx.set('content-length', String(file.size));
    ctx.set('content-disposition', contentDisposition(file.name));
    ctx.set('cache-control', 'private, no-store');
    ctx.body = file.stream;
  }),
  detach: refusing(async (ctx) => {
    ctx.body = await detach(strapi, ctx.state.user, ctx.params.documentId, ctx.params.attachment, localeOf(ctx));
  }),
  submit: refusing(async (ctx) => {
    ctx.body = await submit(strapi, ctx.state.user, ctx.params.documentId, localeOf(ctx));
  }),
  withdraw: refusing(async (ctx) => {
    ctx.body = await withdraw(strapi, ctx.state.user, ctx.params.documentId, localeOf(ctx));
  }),
});
