import { describe, expect, it } from 'vitest';
import { parseLearnerList } from './learnerList.js';
import { toLinksCsv } from './linksCsv.js';

describe('learner lists', () => {
  it('L1 reads names with e-mail or identifier, comma or semicolon, BOM and header aliases', () => {
    const result = parseLearnerList('\uFEFFName;E-Mail;Identifier\r\nAna Muster;ana@example.org;\r\n"Ben, Jr.";;S-1002\r\n');
    expect(result).toEqual({
      ok: true,
      learners: [
        { line: 2, name: 'Ana Muster', identityType: 'emailAddress', identity: 'ana@example.org' },
        { line: 3, name: 'Ben, Jr.', identityType: 'identifier', identity: 'S-1002' },
      ],
    });
  });

  it('L1 names the missing columns', () => {
    const result = parseLearnerList('who,where\nAna,Berlin\n');
    expect(result).toMatchObject({ ok: false, errors: [{ line: 0, code: 'missing_columns' }] });
  });

  it('L2 reports every bad row with line and column, and refuses the list', () => {
    const result = parseLearnerList('name,email\nAna,ana@example.org\n,ben@example.org\nCem,not-an-address\nDana,\nEve,ANA@example.org\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [3, 'name', 'empty_cell'],
      [4, 'email', 'not_email'],
      [5, 'email', 'no_identity'],
      [6, 'email', 'duplicate'],
    ]);
    expect(result.errors[0]!.message).toMatch(/Line 3, name: is empty/);
  });

  it('L3 refuses formulas, bidi controls, 100,000-character fields, huge files and too many rows', () => {
    const formula = parseLearnerList('name,email\n"=HYPERLINK(""http://evil"")",a@example.org\n@SUM(1),b@example.org\n+1,c@example.org\n');
    expect(formula.ok).toBe(false);
    if (!formula.ok) expect(formula.errors.map((e) => [e.line, e.code, /formula/.test(e.message)])).toEqual([[2, 'formula', true], [3, 'formula', true], [4, 'formula', true]]);
    const bidi = parseLearnerList('name,email\nAna\u202Egnp.exe,a@example.org\n');
    expect(bidi).toMatchObject({ ok: false, errors: [{ line: 2, column: 'name', code: 'unsafe_characters' }] });
    const long = parseLearnerList(`name,email\n${'x'.repeat(100_000)},a@example.org\n`);
    expect(long).toMatchObject({ ok: false, errors: [{ code: 'record_too_long', line: 2 }] });
    const longName = parseLearnerList(`name,email\n${'x'.repeat(300)},a@example.org\n`);
    expect(longName).toMatchObject({ ok: false, errors: [{ line: 2, column: 'name', code: 'too_long' }] });
    const huge = parseLearnerList(`name,email\n${'Ana,a@example.org\n'.repeat(40_000)}`);
    expect(huge).toMatchObject({ ok: false, errors: [{ code: 'too_large' }] });
    const many = parseLearnerList(`name,email\n${Array.from({ length: 1001 }, (_, i) => `L${i},l${i}@example.org`).join('\n')}`);
    expect(many).toMatchObject({ ok: false, errors: [{ code: 'too_many_rows' }] });
    const broken = parseLearnerList('name,email\n"Ana,a@example.org\n');
    expect(broken).toMatchObject({ ok: false, errors: [{ code: 'invalid_csv' }] });
  });

  it('L4 writes the links CSV with every cell quoted and formulas defused', () => {
    const csv = toLinksCsv([{ name: '=cmd|calc', achievement: 'A "quoted" name', link: 'https://x/claim/abc', revoked: false }]);
    expect(csv).toBe('\uFEFF"name","achievement","claim link","status"\r\n"\'=cmd|calc","A ""quoted"" name","https://x/claim/abc","issued"\r\n');
  });
});
