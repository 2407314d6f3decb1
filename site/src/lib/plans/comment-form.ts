/** What the comment form sends back to its page: the values typed and the problems found (read by $lib/server/comments/form.ts). */
export type CommentField = 'text' | 'name' | 'about';
export type CommentErrorKey =
  'text_missing' | 'text_too_short' | 'text_too_long' | 'name_too_long' | 'about' | 'too_many' | 'rate' | 'unavailable';
export interface CommentError {
  field: CommentField;
  key: CommentErrorKey;
}
export interface CommentValues {
  text: string;
  name: string;
  about: string;
}
