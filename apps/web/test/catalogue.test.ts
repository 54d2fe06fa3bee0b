import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Rule I6 of packages/i18n/SPEC.md: no UI text in apps/web/src bypasses the catalogue. JSX text and
 * the props a user sees or hears (aria-label, title, placeholder, alt, label) must not hold literal
 * words; they come from @canvas/i18n through lib/i18n.ts. Symbols, numbers and format names
 * (PDF, SVG, JSON, CSV, Markdown, PNG, Open Badges 3.0, Europass ELM) are not words of a language.
 */
const SRC = join(import.meta.dirname, '..', 'src');
const VISIBLE_PROPS = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-roledescription']);
/** Names of formats and standards, the same in every language. */
const NOT_WORDS = new Set(['PDF', 'SVG', 'JSON', 'CSV', 'PNG', 'Markdown', 'Open Badges 3.0', 'Europass ELM', 'PNG…']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx$/.test(name) ? [path] : [];
  });
}

/** A literal holds a word when it has two or more letters in a row and is not a format name. */
function hasWord(text: string): boolean {
  let rest = text;
  for (const name of NOT_WORDS) rest = rest.split(name).join(' ');
  return /\p{L}{2,}/u.test(rest);
}

/** Every literal a user would see in one TSX source: [line, text]. */
export function literalUiText(source: string, fileName = 'x.tsx'): Array<[number, string]> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Array<[number, string]> = [];
  const at = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWord(node.text)) found.push([at(node), node.text.trim()]);
    if (ts.isJsxAttribute(node) && VISIBLE_PROPS.has(node.name.getText(file)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression))
          ? init.expression
          : ts.isJsxExpression(init) && init.expression && ts.isTemplateExpression(init.expression)
            ? init.expression
            : null;
      if (literal) {
        const text = ts.isTemplateExpression(literal)
          ? [literal.head.text, ...literal.templateSpans.map((span) => span.literal.text)].join(' ')
          : (literal as ts.StringLiteral).text;
        if (hasWord(text)) found.push([at(node), `${node.name.getText(file)}="${text}"`]);
      }
    }
    // A string literal as a whole JSX child ({'Reload'}) or a branch of a ternary child ({x ? 'A' : 'B'}).
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) && node.expression) {
      const branches = ts.isConditionalExpression(node.expression) ? [node.expression.whenTrue, node.expression.whenFalse] : [node.expression];
      for (const branch of branches) {
        if ((ts.isStringLiteral(branch) || ts.isNoSubstitutionTemplateLiteral(branch)) && hasWord(branch.text)) found.push([at(branch), branch.text]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('I6: every UI text of apps/web goes through the catalogue', () => {
  it('finds literals (the check can fail)', () => {
    const sample = `export const A = () => <div title="Close it" aria-label={\`Step into \${x}\`}><p>Here now</p>{busy ? 'Joining…' : w.join}<span>{t.ok} ✓ PDF</span></div>;`;
    expect(literalUiText(sample).map(([, text]) => text)).toEqual(['title="Close it"', 'aria-label="Step into  "', 'Here now', 'Joining…']);
  });

  it('no screen or component in apps/web/src holds a literal UI word', () => {
    const offenders = files(SRC).flatMap((path) =>
      literalUiText(readFileSync(path, 'utf8'), path).map(([line, text]) => `${relative(SRC, path)}:${line} ${text}`),
    );
    expect(offenders).toEqual([]);
  }, 60_000); // parsing every screen with the TypeScript compiler; slow only on a loaded machine
});
