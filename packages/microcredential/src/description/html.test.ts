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

  it('D1 shows every section and the key facts of the filled canvas, labels never run into values', () => {
    const html = toDescriptionHtml(filledDraft());
    expect(html).toContain('<h1>Designing Micro-Credentials in VET</h1>');
    expect(html).toContain('<tr><th scope="row">EQF level</th><td>6</td></tr>');
    expect(html).toContain('<tr><th scope="row">Notional workload</th><td>2 ECTS / 50 hours</td></tr>');
    expect(html).toContain('<tr><th scope="row">Country(ies)/region(s) of the issuer</th><td>United Kingdom (North West England)</td></tr>');
    expect(html).toContain('<tr><th scope="row">Awarding body(ies)</th><td>Example Further Education College (United Kingdom); Example University (United Kingdom)</td></tr>');
    for (const heading of ['Learning outcomes', 'Competences', 'Level', 'Prerequisites', 'Didactic methods', 'Assessment', 'Awarding', 'Quality assurance']) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
    expect(html).toContain("<li>Learners can design a micro-credential from an existing training programme (Bloom&#39;s taxonomy: Create; EQF level 6)</li>");
    expect(html).toContain('<li>Supervision and identity verification: Supervised online or onsite, with identity verification</li>');
    expect(html).not.toContain('(Bloom:');
  });

  it('D1 the summary reads as a description: no doubled lead-ins, no level tags, no placeholder', () => {
    const html = toDescriptionHtml(filledDraft());
    const summary = /<p class="summary">(.*)<\/p>/.exec(html)![1]!;
    expect(summary).not.toMatch(/learners can|\(Bloom|a micro-credential\.|: a micro-credential/i);
    expect(summary).toContain('Intended learning outcomes: design a micro-credential from an existing training programme;');
  });

  it('D1 writes German labels for lang "de"', () => {
    const html = toDescriptionHtml(filledDraft(), 'de');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<h2>Lernergebnisse</h2>');
    expect(html).toContain('<tr><th scope="row">Land/Länder/Region(en) des Ausstellers</th><td lang="en">Vereinigtes Königreich (North West England)</td></tr>');
    expect(html).toContain('(Bloom-Taxonomie: Erschaffen; EQR-Niveau 6)');
  });

  it('escapeHtml escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it(`D1 names the language in the page's language ("Sprache: Deutsch") and marks English canvas text in a German page`, () => {
    const german = toDescriptionHtml({ ...filledDraft(), language: 'de', languages: ['de'] }, 'de');
    expect(german).toContain('<html lang="de">');
    expect(german).toContain('Unterrichtssprache(n)</th><td>Deutsch</td>');
    expect(german).not.toContain('German');
    const mixed = toDescriptionHtml({ ...filledDraft(), language: 'en' }, 'de');
    expect(mixed).toContain('<html lang="de">');
    expect(mixed).toContain('<td lang="en">');
  });
});
