import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { hasUnsafeCharacters } from './text.js';

/** Bounds of a learner list (SPEC L3). */
export const LEARNER_LIST_LIMITS = { maxBytes: 512 * 1024, maxRows: 1000, maxRecordChars: 4096, maxName: 200, maxEmail: 254, maxIdentifier: 200 } as const;

/** One learner to issue to: a name, and an e-mail address or an identifier to hash (SPEC L1). */
export interface Learner {
  /** 1-based line of the CSV file the learner came from. */
  line: number;
  name: string;
  identityType: 'emailAddress' | 'identifier';
  identity: string;
}

/** Why a list or a row was refused: stable codes a UI words in its own language (SPEC L2). */
export type LearnerListErrorCode =
  | 'too_large'
  | 'too_many_rows'
  | 'record_too_long'
  | 'invalid_csv'
  | 'empty'
  | 'missing_columns'
  | 'empty_cell'
  | 'too_long'
  | 'formula'
  | 'unsafe_characters'
  | 'not_email'
  | 'no_identity'
  | 'duplicate';

/** A problem with one row (or the whole file when `line` is 0), naming the column when there is one. */
export interface LearnerListError {
  line: number;
  column?: 'name' | 'email' | 'identifier';
  code: LearnerListErrorCode;
  message: string;
}

export type LearnerListResult = { ok: true; learners: Learner[] } | { ok: false; errors: LearnerListError[] };

// A cell a spreadsheet would run as a formula when the list is opened again (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

const cell = (max: number) =>
  z
    .string()
    .max(max, `is longer than ${max} characters`)
    .refine((v) => !FORMULA_START.test(v), { message: 'starts like a spreadsheet formula (=, +, -, @); remove that character', params: { reason: 'formula' } })
    .refine((v) => !hasUnsafeCharacters(v), { message: 'contains control or direction-changing characters', params: { reason: 'unsafe_characters' } })
    .transform((v) => v.trim());

const Row = z.object({
  name: cell(LEARNER_LIST_LIMITS.maxName).pipe(z.string().min(1, 'is empty')),
  email: cell(LEARNER_LIST_LIMITS.maxEmail).pipe(z.union([z.literal(''), z.email('is not an e-mail address')])).optional(),
  identifier: cell(LEARNER_LIST_LIMITS.maxIdentifier).optional(),
});

const HEADER_ALIASES: Record<string, 'name' | 'email' | 'identifier'> = {
  name: 'name',
  'full name': 'name',
  'display name': 'name',
  email: 'email',
  'e-mail': 'email',
  mail: 'email',
  'email address': 'email',
  'e-mail address': 'email',
  identifier: 'identifier',
  id: 'identifier',
  'student id': 'identifier',
  'learner id': 'identifier',
  kennung: 'identifier',
  'e-mail-adresse': 'email',
};

/**
 * Reads the learners to issue a micro-credential to from CSV text (SPEC L1–L3). csv-parse does the
 * quoting, delimiters (`,` or `;`, as spreadsheets in German locales write) and byte-order mark; zod
 * checks each row. Every bad row is reported with its line and column, and one bad row refuses the
 * list, so that a batch is issued whole or not at all.
 */
export function parseLearnerList(text: string): LearnerListResult {
  if (Buffer.byteLength(text, 'utf8') > LEARNER_LIST_LIMITS.maxBytes) {
    return fileError('too_large', `The list is larger than ${LEARNER_LIST_LIMITS.maxBytes / 1024} KiB. Split it into smaller lists.`);
  }
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: [',', ';'],
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
      max_record_size: LEARNER_LIST_LIMITS.maxRecordChars,
      to_line: LEARNER_LIST_LIMITS.maxRows + 2,
    }) as string[][];
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    const line = typeof lines === 'number' ? lines : 0;
    if (code === 'CSV_MAX_RECORD_SIZE') {
      return { ok: false, errors: [{ line, code: 'record_too_long', message: `Line ${line}: a row is longer than ${LEARNER_LIST_LIMITS.maxRecordChars} characters.` }] };
    }
    return { ok: false, errors: [{ line, code: 'invalid_csv', message: `Line ${line}: this is not readable CSV (${code ?? 'parse error'}). Check the quotes.` }] };
  }
  if (records.length === 0) return fileError('empty', 'The list is empty. The first line names the columns: name, email (or identifier).');
  const header = records[0]!.map((h) => HEADER_ALIASES[h.trim().toLowerCase()]);
  const nameAt = header.indexOf('name');
  const emailAt = header.indexOf('email');
  const identifierAt = header.indexOf('identifier');
  if (nameAt < 0 || (emailAt < 0 && identifierAt < 0)) {
    return fileError('missing_columns', 'The first line must name the columns: "name" and "email" (or "identifier").');
  }
  const rows = records.slice(1);
  if (rows.length === 0) return fileError('empty', 'The list has column names but no learners.');
  if (rows.length > LEARNER_LIST_LIMITS.maxRows) {
    return fileError('too_many_rows', `The list has more than ${LEARNER_LIST_LIMITS.maxRows} learners. Split it into smaller lists.`);
  }

  const errors: LearnerListError[] = [];
  const learners: Learner[] = [];
  const seen = new Map<string, number>();
  rows.forEach((record, i) => {
    const line = i + 2;
    const parsed = Row.safeParse({
      name: record[nameAt] ?? '',
      ...(emailAt >= 0 ? { email: record[emailAt] ?? '' } : {}),
      ...(identifierAt >= 0 ? { identifier: record[identifierAt] ?? '' } : {}),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = issue.path[0] as LearnerListError['column'];
        errors.push({ line, column, code: cellErrorCode(issue), message: `Line ${line}, ${column}: ${issue.message}.` });
      }
      return;
    }
    const { name, email, identifier } = parsed.data;
    const identity = email ? { identityType: 'emailAddress' as const, identity: email } : identifier ? { identityType: 'identifier' as const, identity: identifier } : undefined;
    if (!identity) {
      errors.push({ line, column: emailAt >= 0 ? 'email' : 'identifier', code: 'no_identity', message: `Line ${line}: give an e-mail address or an identifier for ${name}.` });
      return;
    }
    const key = `${identity.identityType}:${identity.identityType === 'emailAddress' ? identity.identity.toLowerCase() : identity.identity}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ line, column: identity.identityType === 'emailAddress' ? 'email' : 'identifier', code: 'duplicate', message: `Line ${line}: the same learner as on line ${first}.` });
      return;
    }
    seen.set(key, line);
    learners.push({ line, name, ...identity });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, learners };
}

function cellErrorCode(issue: z.core.$ZodIssue): LearnerListErrorCode {
  if (issue.code === 'custom') return ((issue.params as { reason?: LearnerListErrorCode } | undefined)?.reason ?? 'formula');
  if (issue.code === 'too_big') return 'too_long';
  if (issue.code === 'too_small') return 'empty_cell';
  return 'not_email';
}

function fileError(code: LearnerListErrorCode, message: string): LearnerListResult {
  return { ok: false, errors: [{ line: 0, code, message }] };
}
