/** The caching rule (http-cache.ts) reads which pages are personal from the one place that says so. */
export { isPersonalPath } from './personal';
