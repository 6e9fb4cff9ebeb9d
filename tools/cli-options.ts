/*
 * What the data commands (data:publish, data:import) read alike from their command line. Each
 * helper says what is wrong and returns undefined; the caller then exits with 2.
 */

/** The input file (first positional) and -o output, both required; else the usage is printed. */
export function inputAndOutput(
  positionals: readonly string[],
  output: string | undefined,
  usage: string,
): { input: string; output: string } | undefined {
  const input = positionals[0];
  if (input && output) return { input, output };
  console.error(usage);
  return undefined;
}

/** The --per option: the data's as-of date as yyyy-mm-dd, today's when not given. */
export function asOfOption(per: string | undefined): string | undefined {
  const asOf = per ?? new Date().toISOString().slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return asOf;
  console.error(`--per harus berupa tanggal yyyy-mm-dd, bukan "${asOf}"`);
  return undefined;
}
