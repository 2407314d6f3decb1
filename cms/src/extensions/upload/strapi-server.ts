import { checkUploads, type IncomingFile } from '../../formats/uploads';

type UploadService = Record<string, (...args: any[]) => any>;

/**
 * Strapi's way to extend a plugin: its upload service checks signed videos and captions by content
 * (src/formats/uploads.ts) before it stores anything, for every way in: the admin panel's media
 * library, the content API, a replaced file, and the seed.
 */
export default (plugin: { services: Record<string, (deps: { strapi: unknown }) => UploadService> }) => {
  const make = plugin.services.upload;
  plugin.services.upload = (deps) => {
    const service = make(deps);
    return {
      ...service,
      async upload(input: { data: unknown; files: IncomingFile | IncomingFile[] }, opts?: unknown) {
        await checkUploads(input.files);
        return service.upload(input, opts);
      },
      async replace(id: unknown, input: { data: unknown; file: IncomingFile }, opts?: unknown) {
        await checkUploads(input.file);
        return service.replace(id, input, opts);
      },
    };
  };
  return plugin;
};
