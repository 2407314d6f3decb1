// Each step checks what is typed before posting (the server's own schemas), and says so plainly
// when the connection is lost while posting: the steps saved before are kept on the CMS.
export const csr = true;
