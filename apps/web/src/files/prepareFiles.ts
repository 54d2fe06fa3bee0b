/**
 * Files turned into what a board stores (workshops files F3): PNG and JPEG go as they are; other
 * pictures (SVG, GIF, WebP, BMP…) are drawn onto a canvas and sent as PNG — an SVG drawn as an image
 * runs no script and loads nothing; a PDF's pages are rendered to PNG pictures with pdf.js, loaded from
 * our own origin only when a PDF arrives.
 */

export const MAX_PDF_PAGES = 20;
/** Longest side of a rendered PDF page, in pixels: readable on a projector, small enough to upload. */
const PDF_PAGE_PIXELS = 1600;

export type Prepared = { files: File[]; notes: string[] };
export interface PrepareWords {
  unsupported(name: string): string;
  pdfPages(shown: number, total: number): string;
}

const STORED = new Set(['image/png', 'image/jpeg']);
const baseName = (name: string) => name.replace(/\.[^.]+$/, '') || 'image';

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** Draws any picture the browser can decode onto a canvas and returns it as a PNG. */
async function pictureToPng(file: File): Promise<File> {
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    // SVGs without a size decode as 0 × 0 in some browsers: give them a usable one.
    const width = image.naturalWidth || 1024;
    const height = image.naturalHeight || 768;
    const scale = Math.min(1, 4096 / Math.max(width, height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return new File([await canvasToPng(canvas)], `${baseName(file.name)}.png`, { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The first pages of a PDF as PNG pictures. */
async function pdfToPngs(file: File): Promise<{ pages: File[]; total: number }> {
  const pdfjs = await import('pdfjs-dist');
  const { default: workerSrc } = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
  // No eval (our CSP forbids it), no fonts or decoders from elsewhere: everything comes with the app.
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(await file.arrayBuffer()), isEvalSupported: false, useSystemFonts: true }).promise;
  try {
    const pages: File[] = [];
    const count = Math.min(pdf.numPages, MAX_PDF_PAGES);
    for (let n = 1; n <= count; n++) {
      const page = await pdf.getPage(n);
      const unscaled = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: PDF_PAGE_PIXELS / Math.max(unscaled.width, unscaled.height) });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas, canvasContext: context, viewport }).promise;
      pages.push(new File([await canvasToPng(canvas)], `${baseName(file.name)}-${n}.png`, { type: 'image/png' }));
      page.cleanup();
    }
    return { pages, total: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
}

const isPdf = async (file: File) => file.type === 'application/pdf' || new TextDecoder().decode(await file.slice(0, 5).arrayBuffer()) === '%PDF-';

/** Every file as pictures a board can hold; what cannot be turned into one is named in `notes`. */
export async function prepareFiles(files: readonly File[], words: PrepareWords): Promise<Prepared> {
  const prepared: File[] = [];
  const notes: string[] = [];
  for (const file of files) {
    try {
      if (await isPdf(file)) {
        const { pages, total } = await pdfToPngs(file);
        prepared.push(...pages);
        if (pages.length < total) notes.push(words.pdfPages(pages.length, total));
      } else if (STORED.has(file.type)) {
        prepared.push(file);
      } else if (file.type.startsWith('image/')) {
        prepared.push(await pictureToPng(file));
      } else {
        notes.push(words.unsupported(file.name));
      }
    } catch {
      notes.push(words.unsupported(file.name));
    }
  }
  return { files: prepared, notes };
}
