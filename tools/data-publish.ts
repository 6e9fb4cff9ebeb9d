/**
 * Publishes an OC4IDS project package for the dashboard (README, "Publishing the data"):
 *
 *   npm run data:publish -- paket.json -o public/data/2024 [--batas public/geo/kecamatan.geojson]
 *     [--per yyyy-mm-dd]
 *
 * Writes OUT/paket.json (the package exactly as given: the open-data download), OUT/index.json
 * (what the map, list, filters and statistics read), OUT/kurva-s.json (weekly curves) and
 * OUT/proyek/<id>.json (one small file per project). --per dates a package that carries no date at
 * all (no publishedDate, no dated report): default today. Projects that fail the OC4IDS schema are
 * listed and left out, as the app does; a file that is not a package writes nothing (exit 1).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { publishFolder } from './publish/publish-folder';
import { asOfOption, inputAndOutput } from './cli-options';

const USAGE =
  'Pemakaian: npm run data:publish -- <paket.json> -o <folder> [--batas <kecamatan.geojson>] [--per yyyy-mm-dd]';

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      batas: { type: 'string', default: 'public/geo/kecamatan.geojson' },
      per: { type: 'string' },
    },
  });
  const files = inputAndOutput(positionals, values.output, USAGE);
  if (!files) return 2;
  const { input, output } = files;
  const asOf = asOfOption(values.per);
  if (!asOf) return 2;
  let boundariesText: string | undefined;
  try {
    boundariesText = readFileSync(values.batas, 'utf8');
  } catch {
    console.error(
      `Catatan: batas kecamatan ${values.batas} tidak terbaca; proyek ditempatkan dari kode dan nama saja.`,
    );
  }
  try {
    const summary = await publishFolder({
      packageText: readFileSync(input, 'utf8'),
      boundariesText,
      outDir: output,
      fallbackAsOf: asOf,
    });
    for (const r of summary.rejected)
      console.error(`Ditolak: proyek #${r.index + 1}${r.id ? ` (${r.id})` : ''}: ${r.reasons.join('; ')}`);
    console.log(`${summary.projects} proyek diterbitkan ke ${output}, ${summary.rejected.length} ditolak.`);
    for (const file of summary.files) console.log(`  ${file.name}: ${(file.bytes / 1000).toFixed(1)} kB`);
    const index = readFileSync(`${output}/index.json`);
    const perProject = summary.projects > 0 ? gzipSync(index).length / summary.projects : 0;
    console.log(`  index.json gzip: ${perProject.toFixed(0)} B per proyek`);
    console.log(
      `  proyek/: ${summary.projectFiles} berkas, ${(summary.projectFileBytes / 1000).toFixed(1)} kB`,
    );
    return 0;
  } catch (error) {
    console.error(`Tidak diterbitkan: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
