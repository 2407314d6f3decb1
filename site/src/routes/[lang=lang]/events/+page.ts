// The one page that ships JavaScript: the map, loaded only when it is shown.
export const csr = true;
