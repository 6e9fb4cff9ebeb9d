/**
 * Runtime configuration, read from `config.json` beside index.html at start-up, so a deployer can
 * change the data source without rebuilding (README, "Configuration"). Checked by hand: four fields
 * do not justify a schema library on the path to the first paint.
 */
export interface AppConfig {
  /** URL of an OC4IDS project package; relative URLs resolve against the app's root. */
  dataUrl: string;
  /**
   * URL of the index.json that `npm run data:publish` wrote beside that package. Optional: without
   * it the package is read in the browser (slower on a phone, same figures).
   */
  indexUrl?: string;
  /** Kecamatan boundaries (GeoJSON). */
  boundariesUrl: string;
  /** Public address of the site, drawn into shared images and embed snippets. */
  siteUrl?: string;
  /**
   * The Dinas' WhatsApp complaint number, international digits ("6281234567890"). With it the
   * project page's WhatsApp button reports to the Dinas; without it, it only shares with a friend.
   */
  reportWhatsApp?: string;
  /** Origins allowed to frame the full app (embeds under /embed/ may be framed by anyone). */
  frameAncestors: string[];
  /** Fields this version does not know are kept, for newer deployments. */
  [key: string]: unknown;
}

const DEFAULT_BOUNDARIES_URL = 'geo/kecamatan.geojson';

export class ConfigError extends Error {
  constructor(readonly detail: string) {
    super(`config.json: ${detail}`);
    this.name = 'ConfigError';
  }
}

let appBase: URL | undefined;

/** Resolves a URL from config or data against the app's root (works under a sub-path too). */
export function resolveAppUrl(url: string): string {
  // The page's base does not change while it lives; queries resolve their URLs on every render.
  appBase ??= new URL(import.meta.env.BASE_URL, document.baseURI);
  return new URL(url, appBase).href;
}

export async function loadConfig(signal?: AbortSignal): Promise<AppConfig> {
  let response: Response;
  try {
    response = await fetch(resolveAppUrl('config.json'), { signal, cache: 'no-cache' });
  } catch (error) {
    throw new ConfigError(`tidak dapat dimuat (${(error as Error).message})`);
  }
  if (!response.ok) throw new ConfigError(`HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ConfigError('bukan JSON yang sah');
  }
  return readConfig(json);
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** wa.me takes the number in international form, digits only (a leading + is tolerated). */
const WHATSAPP_NUMBER = /^\+?[1-9]\d{7,14}$/;

/** Validates config.json, naming every wrong field; the defaults fill what a deployer left out. */
export function readConfig(json: unknown): AppConfig {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new ConfigError('(root): harus berupa objek JSON');
  const raw = json as Record<string, unknown>;
  const problems: string[] = [];
  if (!isText(raw.dataUrl)) problems.push('dataUrl: harus berupa teks yang tidak kosong');
  if (raw.indexUrl !== undefined && !isText(raw.indexUrl))
    problems.push('indexUrl: harus berupa teks yang tidak kosong');
  if (raw.boundariesUrl !== undefined && !isText(raw.boundariesUrl))
    problems.push('boundariesUrl: harus berupa teks yang tidak kosong');
  if (raw.siteUrl !== undefined && typeof raw.siteUrl !== 'string')
    problems.push('siteUrl: harus berupa teks');
  if (
    raw.reportWhatsApp !== undefined &&
    !(typeof raw.reportWhatsApp === 'string' && WHATSAPP_NUMBER.test(raw.reportWhatsApp))
  )
    problems.push('reportWhatsApp: harus nomor internasional tanpa spasi, mis. "6281234567890"');
  const ancestors = raw.frameAncestors;
  if (ancestors !== undefined && !(Array.isArray(ancestors) && ancestors.every((a) => typeof a === 'string')))
    problems.push('frameAncestors: harus berupa daftar teks');
  if (problems.length > 0) throw new ConfigError(problems.join('; '));
  return {
    ...raw,
    dataUrl: raw.dataUrl as string,
    indexUrl: raw.indexUrl as string | undefined,
    boundariesUrl: (raw.boundariesUrl as string | undefined) ?? DEFAULT_BOUNDARIES_URL,
    siteUrl: raw.siteUrl as string | undefined,
    reportWhatsApp: (raw.reportWhatsApp as string | undefined)?.replace(/^\+/, ''),
    frameAncestors: (ancestors as string[] | undefined) ?? [],
  };
}
