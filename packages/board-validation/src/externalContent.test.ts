import { describe, expect, it } from 'vitest';
import { boardFileId, boardFileUrl, recordProblem } from './index.js';

const imageAsset = (src: string | null) => ({
  id: 'asset:pic',
  typeName: 'asset',
  type: 'image',
  props: { w: 640, h: 480, name: 'slide.png', isAnimated: false, mimeType: 'image/png', src, fileSize: 1234 },
  meta: {},
});
const bookmarkAsset = (props: Record<string, unknown>) => ({
  id: 'asset:link',
  typeName: 'asset',
  type: 'bookmark',
  props: { src: 'https://example.org/video', title: 'A video', description: '', image: '', favicon: '', ...props },
  meta: {},
});

describe('V6 what a board may point at', () => {
  it('accepts an image stored as a board file, and one whose upload is under way', () => {
    expect(recordProblem(imageAsset(boardFileUrl('f_abcdefgh1234')))).toBeNull();
    expect(recordProblem(imageAsset(null))).toBeNull();
    expect(boardFileId('/api/files/f_abcdefgh1234')).toBe('f_abcdefgh1234');
  });

  it('refuses inline images and images from another site', () => {
    expect(recordProblem(imageAsset('data:image/png;base64,iVBORw0KGgo='))).toMatch(/file stored on the server/);
    expect(recordProblem(imageAsset('https://tracker.example/pixel.png'))).toMatch(/file stored on the server/);
    expect(recordProblem(imageAsset('/api/files/f_abcdefgh1234/../../workshops'))).toMatch(/file stored on the server/);
    expect(boardFileId('/api/files/../x')).toBeNull();
  });

  it('accepts a link card that loads nothing, refuses one that loads the site picture or icon', () => {
    expect(recordProblem(bookmarkAsset({}))).toBeNull();
    expect(recordProblem(bookmarkAsset({ image: 'https://example.org/og.png' }))).toMatch(/picture or icon/);
    expect(recordProblem(bookmarkAsset({ favicon: 'https://example.org/favicon.ico' }))).toMatch(/picture or icon/);
  });

  it('refuses videos and embedded pages', () => {
    const video = { id: 'asset:v', typeName: 'asset', type: 'video', props: { w: 1, h: 1, name: 'v.mp4', isAnimated: true, mimeType: 'video/mp4', src: null, fileSize: 1 }, meta: {} };
    expect(recordProblem(video)).toMatch(/videos are not stored/);
    const embed = {
      id: 'shape:e', typeName: 'shape', type: 'embed', x: 0, y: 0, rotation: 0, index: 'a1', parentId: 'page:page', isLocked: false, opacity: 1,
      props: { w: 560, h: 315, url: 'https://www.youtube.com/watch?v=x' }, meta: {},
    };
    expect(recordProblem(embed)).toMatch(/embedded pages/);
  });
});
