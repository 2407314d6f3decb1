/**
 * The one way in for a resident's comment (submit.ts): the site's server posts it on the
 * resident's behalf. Not the core `create`, which would take any field as given (a published
 * comment, another body): this route reads five fields, checks them, and always writes a draft.
 */
export default {
  routes: [{ method: 'POST', path: '/comments/submit', handler: 'api::comment.comment.submit', config: {} }],
};
