/**
 * The index and curves derived from a raw package, kept in this browser's Cache Storage, so a
 * second visit reads them instead of the whole package: as fast as a published folder. An entry
 * belongs to one version of the package (its ETag or Last-Modified): the server says whether it is
 * still current. A package with no date at all is judged at the day it is read (see chooseAsOf),
 * so its entry lasts that day only.
 */
// v2: the read-date headers were renamed; a v1 entry would lose its one-day limit, so it is dropped.
const CACHE = 'pantaubangun-turunan-v2';
const RETIRED = ['pantaubangun-turunan-v1'];
const KEY_BASE = 'https://pantaubangun.invalid/turunan/';
const VALIDATOR = 'x-pantaubangun-validator';
const READ_DATE = 'x-pantaubangun-read-date';
const AS_OF_IS_READ_DATE = 'x-pantaubangun-as-of-is-read-date';

export interface Derived {
  indexText: string;
  seriesText: string;
  /** The package carries no date at all: its figures were judged at the day it was read. */
  asOfIsReadDate: boolean;
}

const keyOf = (dataUrl: string, part: 'index' | 'series') =>
  `${KEY_BASE}${part}?paket=${encodeURIComponent(dataUrl)}`;

/** Retired caches are dropped once per storage (per worker), not at every read and write. */
const retiredDropped = new WeakSet<CacheStorage>();

async function openCache(): Promise<Cache | undefined> {
  try {
    if (typeof caches === 'undefined') return undefined;
    if (!retiredDropped.has(caches)) {
      retiredDropped.add(caches);
      for (const name of RETIRED) void caches.delete(name).catch(() => undefined);
    }
    return await caches.open(CACHE);
  } catch {
    // Blocked storage (private mode, an insecure origin): derive on every visit, as before.
    return undefined;
  }
}

/**
 * Saves still being written. The page gets its index before the save is done (writing 7 MB at
 * 10,000 projects took 200-300 ms); a read in this same thread waits for them, so it finds them.
 */
let saving: Promise<unknown> = Promise.resolve();

/** The stored entry for this package, if one can still be current today. */
export async function loadDerived(
  dataUrl: string,
  today: string,
): Promise<(Derived & { validator: string }) | undefined> {
  await saving;
  const cache = await openCache();
  if (!cache) return undefined;
  try {
    const [index, series] = await Promise.all([
      cache.match(keyOf(dataUrl, 'index')),
      cache.match(keyOf(dataUrl, 'series')),
    ]);
    const validator = index?.headers.get(VALIDATOR);
    const asOfIsReadDate = index?.headers.get(AS_OF_IS_READ_DATE) === '1';
    if (!index || !series || !validator) return undefined;
    if (asOfIsReadDate && index.headers.get(READ_DATE) !== today) return undefined;
    return { indexText: await index.text(), seriesText: await series.text(), asOfIsReadDate, validator };
  } catch {
    return undefined;
  }
}

export function saveDerived(
  dataUrl: string,
  entry: Derived & { validator: string; readDate: string },
): Promise<void> {
  // A failed save only means the next visit derives again.
  const saved = writeDerived(dataUrl, entry).catch(() => undefined);
  saving = Promise.all([saving, saved]);
  return saved;
}

async function writeDerived(
  dataUrl: string,
  entry: Derived & { validator: string; readDate: string },
): Promise<void> {
  const cache = await openCache();
  if (!cache) return;
  const headers = {
    'Content-Type': 'application/json',
    [VALIDATOR]: entry.validator,
    [READ_DATE]: entry.readDate,
    [AS_OF_IS_READ_DATE]: entry.asOfIsReadDate ? '1' : '0',
  };
  try {
    // Series first: an index is only ever found beside its series.
    await cache.put(keyOf(dataUrl, 'series'), new Response(entry.seriesText, { headers }));
    await cache.put(keyOf(dataUrl, 'index'), new Response(entry.indexText, { headers }));
  } catch {
    // Quota exceeded or storage blocked: the next visit derives again.
  }
}
