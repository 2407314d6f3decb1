// Pages are rendered on the server and ship no JavaScript unless they opt in (the events map).
export const csr = false;
export const trailingSlash = 'never';
