import { cellText, fail, ok, type Cell, type CellResult } from './cell';

/**
 * Free text (names, places, contractors). Cells that a spreadsheet would run as a formula, or that
 * carry HTML, are reported: the app shows text safely, but such a cell in a published package
 * becomes an attack on whoever opens the next export in Excel, and it is never what the Dinas meant.
 */
export function parseText(cell: Cell, maxLength = 500): CellResult<string> {
  if (typeof cell === 'boolean') return fail('unexpected-type');
  const text = cellText(cell);
  if (/^[=+@＝＋＠]/.test(text) || /^[-－]\s*[^\d\s.,]/.test(text)) return fail('formula');
  if (/<\s*\/?\s*[a-z!][^>]*>/i.test(text)) return fail('html');
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being rejected
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return fail('control-characters');
  if (text.length > maxLength) return fail('too-long', String(maxLength));
  return ok(text.replace(/\s+/g, ' '));
}
