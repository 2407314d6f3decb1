export const list = {
  neighbourhoodsServed: { fields: ['name', 'slug'] },
  logo: { fields: ['url', 'alternativeText', 'width', 'height'] },
};
export const detail = list;

export const search = { alsoIn: [] };
