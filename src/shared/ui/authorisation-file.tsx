import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '@/shared/api/api';
import { formatCount, formatDecimal } from '@/shared/lib/format';
import type { BrandAuthorisation } from '@/shared/api/schemas';
import { uiMessages } from './messages';
import { ErrorPanel } from './panels';

/** A file size as people read it, in the interface language: "812 KB", "4.2 MB" ("4,2 МБ"). */
export function formatBytes(bytes: number): string {
  const m = uiMessages.get().file;
  if (bytes < 1024) return m.bytes(bytes);
  if (bytes < 1024 * 1024) return m.kb(formatCount(Math.round(bytes / 1024)));
  return m.mb(formatDecimal(bytes / (1024 * 1024)));
}

/** An object URL for a Blob, revoked when the Blob changes or the component goes. */
function useObjectUrl(blob: Blob | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return;
    const next = URL.createObjectURL(blob);
    let live = true;
    // Handed over after this effect, like a subscription's callback; a later run's URL always wins.
    queueMicrotask(() => {
      if (live) setUrl(next);
    });
    return () => {
      live = false;
      URL.revokeObjectURL(next);
      setUrl(null);
    };
  }, [blob]);
  return url;
}

type FileFacts = Pick<BrandAuthorisation, 'id' | 'fileName' | 'fileType' | 'fileSize'>;

/**
 * A vault document's file, fetched through the API (which checks who may see it) and shown in place: a PDF in
 * an <object> (with a link when the browser cannot show PDFs), an image as an <img>; with a download link.
 */
export function AuthorisationFile({ file, label }: { file: FileFacts; label: string }) {
  const m = uiMessages.use().file;
  const query = useQuery({
    queryKey: ['authorisations', 'file', file.id],
    queryFn: ({ signal }) => api.blob(`/authorisations/${encodeURIComponent(file.id)}/file`, signal),
    staleTime: Infinity,
  });
  const url = useObjectUrl(query.data);
  if (query.isError) {
    return <ErrorPanel error={query.error} title={m.failed} onRetry={() => void query.refetch()} />;
  }
  if (!url || !query.data)
    return (
      <p className="text-sm text-slate-700" role="status">
        {m.loading}
      </p>
    );
  const download = (
    <a className="link" href={url} download={file.fileName}>
      {m.download(file.fileName)}
    </a>
  );
  const type = query.data.type;
  return (
    <div className="space-y-2">
      {type === 'application/pdf' ? (
        <object
          data={url}
          type="application/pdf"
          title={label}
          className="h-[32rem] w-full rounded border border-slate-300"
        >
          <p className="p-3 text-sm">
            {m.noPdf} {download}
          </p>
        </object>
      ) : (
        <img src={url} alt={label} className="max-h-[32rem] max-w-full rounded border border-slate-300" />
      )}
      <p className="text-sm">
        {download} <span className="text-slate-700">({formatBytes(query.data.size)})</span>
      </p>
    </div>
  );
}
