import { DEFAULT_LOCALE, LOCALE_CODES } from '../../../locales';
import { refusing } from '../../../utils/refusal';
import * as accounts from '../accounts';
import { profileOf, updateProfile } from '../profile';

const localeOf = <T>(ctx: any, fallback: T): string | T => (LOCALE_CODES.includes(ctx.query?.locale) ? ctx.query.locale : fallback);

export default ({ strapi }: { strapi: any }) => ({
  register: refusing(async (ctx) => {
    await accounts.register(strapi, ctx.request.body);
    ctx.status = 202;
    ctx.body = { ok: true };
  }),
  resendConfirmation: refusing(async (ctx) => {
    await accounts.resendConfirmation(strapi, ctx.request.body);
    ctx.status = 202;
    ctx.body = { ok: true };
  }),
  confirm: refusing(async (ctx) => {
    await accounts.confirm(strapi, ctx.request.body);
    ctx.body = { ok: true };
  }),
  signIn: refusing(async (ctx) => {
    ctx.body = await accounts.signIn(strapi, ctx.request.body);
  }),
  refresh: refusing(async (ctx) => {
    ctx.body = await accounts.refresh(strapi, ctx.request.body);
  }),
  forgot: refusing(async (ctx) => {
    await accounts.forgot(strapi, ctx.request.body);
    ctx.status = 202;
    ctx.body = { ok: true };
  }),
  reset: refusing(async (ctx) => {
    await accounts.reset(strapi, ctx.request.body);
    ctx.body = { ok: true };
  }),
  signOut: refusing(async (ctx) => {
    await accounts.signOut(strapi, ctx.state.user.id, ctx.state.session?.id);
    ctx.body = { ok: true };
  }),
  me: refusing(async (ctx) => {
    ctx.body = await profileOf(strapi, ctx.state.user, localeOf(ctx, undefined));
  }),
  updateAssociation: refusing(async (ctx) => {
    const current = await profileOf(strapi, ctx.state.user);
    const locale = localeOf(ctx, current.association?.correspondenceLanguage ?? DEFAULT_LOCALE);
    ctx.body = await updateProfile(strapi, ctx.state.user, ctx.request.body, locale);
  }),
});
