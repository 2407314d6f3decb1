import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition';

describe('a download’s name', () => {
  it('keeps any script and cannot break out of the header', () => {
    expect(contentDisposition('النظام الأساسي.pdf')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('النظام الأساسي.pdf')}`);
    expect(contentDisposition(`statuts (2026)'s*.pdf`)).toBe("attachment; filename*=UTF-8''statuts%20%282026%29%27s%2A.pdf");
    expect(contentDisposition('a\r\nSet-Cookie: x=1;.pdf')).not.toMatch(/[\r\n;]\s*Set-Cookie/);
  });
});
