// The account's forms check what is typed before posting, with the server's own schemas.
export const csr = true;
