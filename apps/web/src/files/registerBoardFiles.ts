import { AssetRecordType, getHashForString, type Editor, type TLAsset, type TLBookmarkAsset, type VecLike } from 'tldraw';
import { ApiError } from '../lib/api';
import type { Catalogue } from '../lib/i18n';
import { prepareFiles } from './prepareFiles';

export interface BoardFilesSetup {
  /** Why this person may not put files on this board now, or null when they may (F1; the server decides again). */
  uploadRefusal(): string | null;
  /** Shows a short message to the person (refusals, limits, pages left out). */
  notify(message: string): void;
  words: Catalogue['files'];
}

/** Longest side of a picture as placed on the board (page units): big enough to read, small enough not to cover the canvas. */
const PLACED_SIDE = 640;
const GAP = 24;

/** The first spot to the right of `box` where it covers no picture or link card already on the page. */
function freeSpot(editor: Editor, box: { x: number; y: number; w: number; h: number }): { x: number; y: number } {
  const taken = editor
    .getCurrentPageShapes()
    .filter((shape) => shape.type === 'image' || shape.type === 'bookmark')
    .map((shape) => editor.getShapePageBounds(shape))
    .filter((bounds) => bounds !== undefined);
  let x = box.x;
  for (let tries = 0; tries < 100; tries++) {
    const hit = taken.find((b) => x < b.maxX && x + box.w > b.minX && box.y < b.maxY && box.y + box.h > b.minY);
    if (!hit) break;
    x = hit.maxX + GAP;
  }
  return { x, y: box.y };
}

/**
 * Uploads each picture (through the board's asset store, by tldraw's file-asset handler) and places
 * it, scaled down to {@link PLACED_SIDE}, in a row from the drop point. The asset is created only once
 * it is stored, so no one ever sees a picture that is not on the server.
 */
async function placePictures(editor: Editor, files: readonly File[], point: VecLike | undefined, setup: BoardFilesSetup): Promise<number> {
  const origin = point ?? editor.getViewportPageBounds().center;
  let x = origin.x;
  let placed = 0;
  for (const file of files) {
    let asset: TLAsset | null | undefined;
    try {
      asset = await editor.getAssetForExternalContent({ type: 'file', file });
    } catch (error) {
      // A refusal's reason (a limit, a rule) was shown by the asset store; anything else gets the plain message.
      if (!(error instanceof ApiError)) setup.notify(setup.words.failed);
      asset = null;
    }
    if (!asset || asset.type !== 'image') continue;
    const scale = Math.min(1, PLACED_SIDE / Math.max(asset.props.w, asset.props.h, 1));
    const w = Math.round(asset.props.w * scale);
    const h = Math.round(asset.props.h * scale);
    const placedAt = freeSpot(editor, { x, y: origin.y - h / 2, w, h });
    editor.run(() => {
      editor.createAssets([asset]);
      editor.createShape({ type: 'image', x: placedAt.x, y: placedAt.y, props: { assetId: asset.id, w, h } });
    });
    x = placedAt.x;
    x += w + GAP;
    placed++;
  }
  return placed;
}

/**
 * Files and links dropped or pasted onto a board (workshops files F1–F3, board-validation V6):
 * files are converted (PDF pages, SVG…) and uploaded through the board's asset store; a link becomes
 * a card that opens in a new tab, made here without fetching the site (tldraw's default would).
 */
export function registerBoardFiles(editor: Editor, setup: BoardFilesSetup): void {
  editor.registerExternalContentHandler('files', async ({ point, files }) => {
    const refusal = setup.uploadRefusal();
    if (refusal) {
      setup.notify(refusal);
      return;
    }
    if (files.length > 20) {
      setup.notify(setup.words.tooMany);
      return;
    }
    const first = files[0];
    if (first) setup.notify(setup.words.preparing(first.name));
    const prepared = await prepareFiles(files, setup.words);
    for (const note of prepared.notes) setup.notify(note);
    if (prepared.files.length === 0) return;
    const placed = await placePictures(editor, prepared.files, point, setup);
    if (placed === prepared.files.length && prepared.notes.length === 0) setup.notify('');
  });

  editor.registerExternalAssetHandler('url', async ({ url }): Promise<TLBookmarkAsset> => {
    let title = url;
    try {
      title = new URL(url).hostname;
    } catch {
      // Not a URL tldraw would have passed; the card shows it as written.
    }
    return {
      id: AssetRecordType.createId(getHashForString(url)),
      typeName: 'asset',
      type: 'bookmark',
      props: { src: url, title, description: '', image: '', favicon: '' },
      meta: {},
    };
  });
}
