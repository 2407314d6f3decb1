import { useFetchClient } from '@strapi/strapi/admin';
import type { Attachment } from './attachments';

const size = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} Ko · كيلوبايت`;

export default function Downloads({ documentId, files }: { documentId: string; files: Attachment[] }) {
  const { get } = useFetchClient();
  const open = async (file: Attachment) => {
    const { data } = await get(`/hub/applications/${documentId}/attachments/${file.id}`, { responseType: 'blob' });
    const url = URL.createObjectURL(data as Blob);
    const link = Object.assign(window.document.createElement('a'), { href: url, download: file.name });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return (
    <ul style={{ margin: 0, paddingInlineStart: '1.25rem', display: 'grid', gap: '0.5rem' }}>
      {files.map((f) => (
        <li key={f.id}>
          <button
            type="button"
            onClick={() => open(f)}
            style={{ textDecoration: 'underline', background: 'none', border: 0, padding: 0, cursor: 'pointer' }}
          >
            {f.name}
          </button>{' '}
          <span>
            ({f.document}, {size(f.size)})
          </span>
        </li>
      ))}
    </ul>
  );
}
