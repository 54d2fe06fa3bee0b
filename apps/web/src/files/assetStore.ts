import type { TLAssetStore } from 'tldraw';
import { ApiError } from '../lib/api';

/** Where a board's files go and how they come back (workshops files F1, F4, F5). */
export interface BoardFileAccess {
  workshopId: string;
  boardId: string;
  token: string;
  /** Shown to the person when the server refuses a file (its message names the limit or the rule). */
  onRefused(message: string): void;
}

/**
 * tldraw's asset store for a workshop board: uploads go to our server (never inline into the shared
 * document), and pictures are fetched with the person's credential (an `<img>` cannot send one, and
 * credentials never go into URLs) and handed to tldraw as object URLs, one fetch per file and board.
 */
export function boardAssetStore(access: BoardFileAccess): TLAssetStore & { dispose(): void } {
  const fetched = new Map<string, Promise<string | null>>();
  const objectUrls: string[] = [];

  return {
    async upload(_asset, file) {
      const response = await fetch(`/api/workshops/${access.workshopId}/boards/${access.boardId}/files`, {
        method: 'POST',
        headers: { authorization: `Bearer ${access.token}`, 'content-type': file.type || 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
        body: file,
      });
      const body = (await response.json().catch(() => null)) as { src?: string; error?: string; message?: string } | null;
      if (!response.ok || !body?.src) {
        const message = body?.message ?? `HTTP ${response.status}`;
        access.onRefused(message);
        throw new ApiError(response.status, body?.error ?? 'upload_failed', message);
      }
      return { src: body.src };
    },

    resolve(asset) {
      const src = asset.props.src;
      if (!src) return null;
      // Only our own files are resolved; anything else (a link card's address) is not loaded at all.
      if (!src.startsWith('/api/files/')) return asset.type === 'bookmark' ? src : null;
      let pending = fetched.get(src);
      if (!pending) {
        pending = fetch(`${src}?board=${encodeURIComponent(access.boardId)}`, { headers: { authorization: `Bearer ${access.token}` } })
          .then(async (response) => {
            if (!response.ok) return null;
            const url = URL.createObjectURL(await response.blob());
            objectUrls.push(url);
            return url;
          })
          .catch(() => null);
        fetched.set(src, pending);
        // A failed fetch (offline, not yet readable) is tried again next time.
        void pending.then((url) => url === null && fetched.delete(src));
      }
      return pending;
    },

    dispose() {
      for (const url of objectUrls) URL.revokeObjectURL(url);
      objectUrls.length = 0;
      fetched.clear();
    },
  };
}
