import type { MicroCredentialDraft } from '../draft.js';
import { uiLanguageFor, type UiLanguage } from '../vocabulary.js';
import { describeDraft } from './model.js';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Print-first styles: A4 margins, system fonts only (no web fonts, so no request leaves the page).
const STYLE = `
@page { size: A4; margin: 18mm 16mm; }
* { box-sizing: border-box; }
body { margin: 0; color: #1d1d1f; background: #fff; font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 178mm; margin: 0 auto; padding: 12mm 0; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 4mm; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #c7c7cc; break-after: avoid; }
p.summary { margin: 0 0 5mm; }
table.facts { width: 100%; border-collapse: collapse; margin: 0 0 2mm; }
table.facts th, table.facts td { text-align: left; vertical-align: top; padding: 1.2mm 2mm; border-bottom: 1px solid #e5e5ea; }
table.facts th { width: 38%; font-weight: 600; color: #3a3a3c; }
ul { margin: 0; padding-left: 5mm; }
li { margin: 0.8mm 0; overflow-wrap: anywhere; }
section { break-inside: avoid-page; }
footer { margin-top: 8mm; font-size: 9pt; color: #6e6e73; }
@media print { main { padding: 0; } }
`.trim();

/**
 * One self-contained, printable HTML page describing the micro-credential (SPEC D1–D3): inline CSS,
 * a Content-Security-Policy that forbids every external request, and all canvas text escaped.
 * `lang` defaults to the draft's language when it is German, else English.
 */
export function toDescriptionHtml(draft: MicroCredentialDraft, lang: UiLanguage = uiLanguageFor(draft.language)): string {
  const model = describeDraft(draft, lang);
  // <html lang> is the labels' language; the canvas text is in the workshop's language, marked where it differs.
  const contentLang = draft.language && draft.language !== model.lang ? ` lang="${escapeHtml(draft.language)}"` : '';
  const facts = model.facts
    .map((fact) => `<tr><th scope="row">${escapeHtml(fact.label)}</th><td${contentLang}>${escapeHtml(fact.value)}</td></tr>`)
    .join('\n');
  const sections = model.sections
    .map(
      (section) =>
        `<section>\n<h2>${escapeHtml(section.heading)}</h2>\n<ul${contentLang}>\n${section.items
          .map((item) => `<li>${escapeHtml(item)}</li>`)
          .join('\n')}\n</ul>\n</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(model.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(model.title)}</h1>
<p class="summary">${escapeHtml(model.summary)}</p>
${facts === '' ? '' : `<table class="facts">\n${facts}\n</table>`}
${sections}
<footer>${escapeHtml(model.footnote)}</footer>
</main>
</body>
</html>
`;
}
