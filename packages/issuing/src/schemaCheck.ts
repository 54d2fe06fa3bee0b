import { Ajv2019, type ErrorObject } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import schema from './schema/ob_v3p0_achievementcredential_schema.json' with { type: 'json' };

// The 1EdTech AchievementCredential schema, vendored unchanged (schema/SOURCE.md). Loaded from the
// package (not fetched from purl.imsglobal.org) so that validation works offline (SPEC V2).

let compiled: ReturnType<Ajv2019['compile']> | undefined;

function validator() {
  if (!compiled) {
    // strict: false: the published schema uses `$comment`-style annotations and tuple `items` that
    // ajv's strict mode flags as style issues, not errors.
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    (addFormats as unknown as (ajv: Ajv2019) => void)(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

export interface SchemaIssue {
  path: string;
  message: string;
}

/** Validates a credential against the OB 3.0 AchievementCredential JSON Schema (SPEC C5). */
export function checkAchievementCredentialSchema(credential: unknown): { valid: true } | { valid: false; issues: SchemaIssue[] } {
  const validate = validator();
  if (validate(credential)) return { valid: true };
  const issues = (validate.errors ?? []).slice(0, 10).map((error: ErrorObject) => ({ path: error.instancePath || '/', message: error.message ?? 'invalid' }));
  return { valid: false, issues };
}
