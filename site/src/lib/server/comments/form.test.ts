import { describe, expect, it } from 'vitest';
import { readCommentForm } from './form';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe('the comment form', () => {
  it('accepts a suggestion, trimmed, with markup kept as typed', () => {
    const { values, errors } = readCommentForm(form({ text: '  <b>Merci</b>\r\nBravo ', name: '  Nadia   B ', about: 'plan' }));
    expect(errors).toEqual([]);
    expect(values).toEqual({ text: '<b>Merci</b>\nBravo', name: 'Nadia B', about: 'plan' });
  });

  it('names each problem with its field, and gives back what was typed', () => {
    const { values, errors } = readCommentForm(form({ text: '  ', name: 'n'.repeat(81), about: '../admin' }));
    expect(errors).toEqual([
      { field: 'text', key: 'text_missing' },
      { field: 'name', key: 'name_too_long' },
      { field: 'about', key: 'about' },
    ]);
    expect(values.name).toHaveLength(81);
    expect(readCommentForm(form({ text: 'ok' })).errors).toEqual([{ field: 'text', key: 'text_too_short' }]);
    expect(readCommentForm(form({ text: 'x'.repeat(2001) })).errors).toEqual([{ field: 'text', key: 'text_too_long' }]);
  });
});
