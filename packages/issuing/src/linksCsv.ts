/**
 * A CSV of claim links for the facilitator to pass on (SPEC L4). Every cell is quoted, and a cell that
 * a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice on CSV injection):
 * names come from participants and learner lists, so they are not trusted.
 */
export function toLinksCsv(rows: ReadonlyArray<{ name: string; achievement: string; link: string; revoked: boolean }>): string {
  const header = ['name', 'achievement', 'claim link', 'status'];
  const lines = [header, ...rows.map((r) => [r.name, r.achievement, r.link, r.revoked ? 'revoked' : 'issued'])];
  // CRLF per RFC 4180; BOM so that spreadsheet programs read UTF-8 names correctly.
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
