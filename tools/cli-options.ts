/**
 * The --per option of the data commands: the data's as-of date as yyyy-mm-dd, today's when not
 * given. Undefined, after saying why, when it is not such a date (the caller exits with 2).
 */
export function asOfOption(per: string | undefined): string | undefined {
  const asOf = per ?? new Date().toISOString().slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return asOf;
  console.error(`--per harus berupa tanggal yyyy-mm-dd, bukan "${asOf}"`);
  return undefined;
}
