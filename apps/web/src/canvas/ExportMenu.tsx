import { useState } from 'react';
import { catalogue } from '../lib/i18n';
import { DownloadButton } from '../components/DownloadButton';
import { ApiError } from '../lib/api';

/**
 * Downloads of one board: PDF (A4/A3 landscape), PNG, SVG, and structured data (JSON, Markdown,
 * CSV). Everything but PNG is made by the server; PNG is the server's SVG drawn onto a canvas
 * here, so no image service is involved.
 */
export function ExportMenu({ workshopId, boardId, token, lang, fileName }: { workshopId: string; boardId: string; token: string; lang: string; fileName: string }) {
  const t = catalogue(lang).download;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const url = (format: string, extra = '') => `/api/workshops/${workshopId}/boards/${boardId}/export?format=${format}&lang=${lang}${extra}`;
  const download = (format: string, label: string, extension: string, extra = '') => (
    <DownloadButton path={url(format, extra)} token={token} fileName={`${fileName}.${extension}`} label={label} />
  );

  const downloadPng = async () => {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(url('svg'), { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new ApiError(response.status, 'export_failed', (await response.json().catch(() => null))?.message ?? t.failed);
      // The server names its files (packages/export-jobs SPEC X3); the PNG takes the SVG's name.
      const served = /filename="([^"]+)\.svg"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
      const svg = await response.text();
      const png = await svgToPng(svg, 2);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(png);
      link.download = `${served ?? fileName}.png`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="export-menu" aria-label={t.title}>
      <h3>{t.title}</h3>
      <div className="downloads">
        {download('pdf', t.pdfA4, 'pdf', '&paper=a4')}
        {download('pdf', t.pdfA3, 'pdf', '&paper=a3')}
        <button className="button secondary small-button" onClick={downloadPng} disabled={busy} data-testid="download-png">
          {busy ? 'PNG…' : 'PNG'}
        </button>
        {download('svg', 'SVG', 'svg')}
        {download('json', 'JSON', 'json')}
        {download('md', 'Markdown', 'md')}
        {download('csv', 'CSV', 'csv')}
      </div>
      {error && <p className="field-error" role="alert">{error}</p>}
    </section>
  );
}

/** Draws an SVG document onto a canvas at `scale` and returns it as a PNG blob. */
export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const blobUrl = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = blobUrl;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(blobUrl);
  }
}
