import { listTemplates } from './catalog/index.js';
import { type Template, TemplateSchema } from './schema.js';

/** One problem in an imported template, located by a dotted path such as `areas.2.rect.w` (`''` = the whole file). */
export interface TemplateImportError {
  path: string;
  message: string;
}

/** The result of {@link parseTemplateJson}. */
export type TemplateImportResult = { ok: true; template: Template } | { ok: false; errors: TemplateImportError[] };

/** Options for {@link parseTemplateJson}. */
export interface TemplateImportOptions {
  /** Templates an import must not silently replace. Defaults to the built-in catalog. */
  catalog?: readonly Template[];
  /**
   * Says why a text field's `pattern` is refused, or `null` (SPEC T5.7). The server passes
   * `fieldPatternProblem`; it is an option so that a browser preview of an import need not load
   * the pattern engine (about 45 KB gzipped on every page). Without it, only the schema's
   * JavaScript-syntax check applies; patterns are still only ever run by the safe engine (T7).
   */
  checkPattern?: (pattern: string) => string | null;
}

/**
 * Both sides go through the schema, so keys come out in the same order and a JSON comparison is a
 * deep comparison; this keeps the package free of Node-only modules for browser use.
 */
function sameTemplate(a: Template, b: Template): boolean {
  return JSON.stringify(TemplateSchema.parse(a)) === JSON.stringify(TemplateSchema.parse(b));
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

/**
 * Parses and validates a template file. Never throws: malformed JSON, schema violations (with every
 * problem, not just the first), duplicate ids, areas outside the frame and unknown field kinds are
 * returned as errors (SPEC T5).
 *
 * Catalog clash rule (SPEC T5.5): an imported template may reuse a built-in id only with a different
 * `version` (a customised variant), or when it is identical to the built-in template (re-importing an
 * exported catalog template is harmless). The same id and version with different content is
 * rejected, because two different templates would then be indistinguishable in exports.
 */
export function parseTemplateJson(text: string, options: TemplateImportOptions = {}): TemplateImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [{ path: '', message: `Invalid JSON: ${(err as Error).message}` }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: [{ path: '', message: 'A template must be a JSON object' }] };
  }
  const parsed = TemplateSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({ path: joinPath(issue.path), message: issue.message })),
    };
  }
  const template = parsed.data;
  // Patterns must run on the linear-time engine (SPEC T5.7, T6); the schema only checks JavaScript syntax.
  const { checkPattern } = options;
  const unsafe = (template.fields ?? []).flatMap((field, i) => {
    const problem = field.pattern === undefined || !checkPattern ? null : checkPattern(field.pattern);
    return problem === null ? [] : [{ path: `fields.${i}.pattern`, message: problem }];
  });
  if (unsafe.length > 0) return { ok: false, errors: unsafe };
  const builtIn = (options.catalog ?? listTemplates()).find((t) => t.id === template.id);
  if (builtIn && builtIn.version === template.version && !sameTemplate(builtIn, template)) {
    return {
      ok: false,
      errors: [
        {
          path: 'version',
          message: `"${template.id}" is a built-in template at version ${builtIn.version}; give your variant a different version`,
        },
      ],
    };
  }
  return { ok: true, template };
}

/** Serialises a template as a JSON file (two-space indent, trailing newline) that {@link parseTemplateJson} reads back. */
export function templateToJson(template: Template): string {
  return `${JSON.stringify(TemplateSchema.parse(template), null, 2)}\n`;
}
