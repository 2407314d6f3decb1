export const list = {
  point: true,
  neighbourhood: { fields: ['name', 'slug'] },
  accessibility: true,
};
export const detail = { ...list, photos: { fields: ['url', 'alternativeText', 'width', 'height'] } };
