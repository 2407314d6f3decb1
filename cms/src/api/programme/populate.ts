export const list = { partners: { fields: ['name', 'slug'] } };
export const detail = list;
