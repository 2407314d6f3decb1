// The map, loaded only when it is shown; the list works without JavaScript.
export const csr = true;
