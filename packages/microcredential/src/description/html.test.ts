import { describe, expect, it } from 'vitest';
import { FIXTURE_OPTIONS, fixture } from '../__fixtures__/load.js';
import type { CanvasContent } from '../canvasContent.js';
import { draftFromCanvas } from '../fromCanvas.js';
import { escapeHtml, toDescriptionHtml } from './html.js';

const filledDraft = () => draftFromCanvas(fixture<CanvasContent>('filled-canvas.json'), FIXTURE_OPTIONS);

describe('toDescriptionHtml', () => {
  it('D2 escapes canvas text: a <script> note stays text', () => {
    const draft = draftFromCanvas(
      {
        'c4-substantive': {
          notes: [{ areaId: 'learning-outcomes', text: '<script>alert("x")</script> & more' }],
          fields: { title: 'Tom & Jerry <b>' },
        },
      },
      { id: 'x', language: 'en' },
    );
    const html = toDescriptionHtml(draft);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<li>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</li>');
    expect(html).toContain('<title>Tom &amp; Jerry &lt;b&gt;</title>');
  });

  it('D3 is self-contained: no scripts, links, images or URLs in attributes, and a CSP that forbids requests', () => {
    const html = toDescriptionHtml(filledDraft());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<(script|link|img|iframe|object)\b/i);
    expect(html).not.toMatch(/\b(src|href)=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('D1 shows every section and the key facts of the filled canvas', () => {
    const html = toDescriptionHtml(filledDraft());
    expect(html).toContain('<h1>Designing Micro-Credentials in VET</h1>');
    expect(html).toContain('<tr><th scope="row">EQF level</th><td>5</td></tr>');
    expect(html).toContain('<tr><th scope="row">Workload</th><td>2 ECTS / 50 hours</td></tr>');
    expect(html).toContain('<tr><th scope="row">Country of the issuer</th><td>Germany</td></tr>');
    for (const heading of ['Learning outcomes', 'Competences', 'Prerequisites', 'Didactic methods', 'Assessment', 'Quality assurance']) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
    expect(html).toContain('<li>Design a micro-credential from an existing training programme (Bloom: Create)</li>');
  });

  it('D1 writes German labels for lang "de"', () => {
    const html = toDescriptionHtml(filledDraft(), 'de');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<h2>Lernergebnisse</h2>');
    expect(html).toContain('<tr><th scope="row">Land der ausstellenden Stelle</th><td>Deutschland</td></tr>');
    expect(html).toContain('(Bloom: Erschaffen)');
  });

  it('escapeHtml escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
