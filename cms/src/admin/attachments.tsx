import { lazy, Suspense } from 'react';

export interface Attachment {
  id: number | string;
  document: string;
  name: string;
  size: number;
}

interface EditViewProps {
  model?: string;
  document?: { documentId?: string; attachments?: Attachment[] } | null;
}

// Loaded when an application is open: the admin's fetch client is not needed anywhere else.
const Downloads = lazy(() => import('./attachment-downloads'));

/**
 * The documents an association attached, beside its application: they live in the CMS's private
 * storage, not in the media library, and open through an admin route (api/application/
 * staff-download.ts) that checks the reviewer may read applications.
 */
export function AttachmentsPanel({ model, document }: EditViewProps) {
  if (model !== 'api::application.application' || !document?.documentId || !document.attachments?.length) return null;
  return {
    title: `Documents joints (${document.attachments.length}) · الوثائق المرفقة (${document.attachments.length})`,
    content: (
      <Suspense fallback={null}>
        <Downloads documentId={document.documentId} files={document.attachments} />
      </Suspense>
    ),
  };
}
