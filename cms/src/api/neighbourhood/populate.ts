export const list = { centroid: true };
export const detail = list;
