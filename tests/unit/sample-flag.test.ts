import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { builtSampleIsSample } from '../../tools/vite/sample-flag';

// The build's index as config.json names it, written into a folder other than dist/ (--outDir).
const { indexUrl } = JSON.parse(readFileSync('public/config.json', 'utf8')) as { indexUrl: string };
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function outDirWithIndex(meta: unknown): string {
  const outDir = mkdtempSync(join(tmpdir(), 'pb-out-'));
  folders.push(outDir);
  const file = join(outDir, indexUrl.replace(/^\.?\//, ''));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ meta }));
  return outDir;
}

it("reads whether the data is a sample from the build's own output folder", () => {
  expect(builtSampleIsSample(outDirWithIndex({ isSample: true }))).toBe(true);
  expect(builtSampleIsSample(outDirWithIndex({ isSample: false }))).toBe(false);
  // No index written there (another folder holds one): not known to be a sample.
  const empty = mkdtempSync(join(tmpdir(), 'pb-empty-'));
  folders.push(empty);
  expect(builtSampleIsSample(empty)).toBe(false);
});
