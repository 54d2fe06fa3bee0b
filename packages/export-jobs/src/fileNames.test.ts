import { describe, expect, it } from 'vitest';
import { boardFileName, fileSlug, microCredentialFileName, workshopFileName } from './fileNames.js';

describe('fileSlug', () => {
  it('X3.1 is ASCII: accents dropped, everything else a dash', () => {
    expect(fileSlug('MicroQuest Wien: Wärmepumpen', 'w')).toBe('microquest-wien-warmepumpen');
    expect(fileSlug('Łódź – Straße & Øre', 'w')).toBe('lodz-strasse-ore');
    expect(fileSlug('🎉 ---', 'fallback')).toBe('fallback');
  });

  it('X3.1 a long slug is cut at a word boundary, never inside a word', () => {
    const slug = fileSlug('Designing a micro-credential for heat-pump installers in the Vienna region', 'x');
    expect(slug).toBe('designing-a-micro-credential-for-heat-pump');
    expect(slug.length).toBeLessThanOrEqual(48);
    const words = 'designing-a-micro-credential-for-heat-pump-installers-in-the-vienna-region'.split('-');
    for (const part of slug.split('-')) expect(words).toContain(part);
    expect(fileSlug('a'.repeat(100), 'x')).toBe('a'.repeat(48)); // one word longer than the limit: cut where it must be
    expect(fileSlug(`${'b'.repeat(47)} cd`, 'x')).toBe('b'.repeat(47));
  });
});

describe('download names', () => {
  const parts = { workshopSlug: 'ws', ownerSlug: 'group-1', canvasSlug: 'c4' };

  it('X3.2 PDFs of each paper size get their own name; other formats do not carry one', () => {
    expect(boardFileName(parts, 'pdf', 'a4')).toBe('ws-group-1-c4-a4.pdf');
    expect(boardFileName(parts, 'pdf', 'a3')).toBe('ws-group-1-c4-a3.pdf');
    expect(boardFileName(parts, 'svg', 'a3')).toBe('ws-group-1-c4.svg');
    expect(workshopFileName('ws', 'pdf', 'a3')).toBe('ws-boards-a3.pdf');
    expect(workshopFileName('ws', 'zip', 'a4')).toBe('ws-export-a4.zip');
    expect(workshopFileName('ws', 'zip', 'a3')).toBe('ws-export-a3.zip');
    expect(workshopFileName('ws', 'json', 'a3')).toBe('ws-export.json');
  });

  it('X3.3 a micro-credential name keeps its suffix and extension whole, whatever the title', () => {
    const long = 'Designing Micro-Credentials for Vocational Education and Training Mentors';
    for (const ext of ['ob3.jsonld', 'elm.jsonld', 'pdf'] as const) {
      const name = microCredentialFileName(long, ext);
      expect(name).toBe(`designing-micro-credentials-for-vocational-micro-credential.${ext}`);
    }
    expect(microCredentialFileName('', 'pdf')).toBe('group-micro-credential.pdf');
  });
});
