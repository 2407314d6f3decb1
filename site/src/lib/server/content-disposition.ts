/**
 * A download's name as the person gave it, in any script (an Arabic file name stays Arabic):
 * RFC 6266 with RFC 5987's encoding, where `'()*` are encoded too, as the RFC asks.
 */
export const contentDisposition = (name: string) =>
  `attachment; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
