// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Error {
      message: string;
      status?: number;
    }
    interface Locals {
      /** The signed-in person on personal pages (hooks.server.ts); null elsewhere and when signed out. */
      session: { jwt: string } | null;
      /** The CMS could not be reached to refresh the session: personal pages answer 503. */
      sessionUnavailable?: boolean;
    }
  }
}

export {};
