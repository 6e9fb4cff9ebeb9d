import * as z from 'zod/mini';

/**
 * Runtime configuration, read from `config.json` beside index.html at start-up, so a deployer can
 * change the data source without rebuilding (README, "Configuration").
 */
export const appConfigSchema = z.looseObject({
  /** URL of an OC4IDS project package; relative URLs resolve against the app's root. */
  dataUrl: z.string().check(z.minLength(1)),
  /** Kecamatan boundaries (GeoJSON). */
  boundariesUrl: z._default(z.string().check(z.minLength(1)), 'geo/kecamatan.geojson'),
  /** Public address of the site, drawn into shared images and embed snippets. */
  siteUrl: z.optional(z.string()),
  /** Origins allowed to frame the full app (embeds under /embed/ may be framed by anyone). */
  frameAncestors: z._default(z.array(z.string()), []),
});

export type AppConfig = z.infer<typeof appConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly detail: string) {
    super(`config.json: ${detail}`);
    this.name = 'ConfigError';
  }
}

/** Resolves a URL from config or data against the app's root (works under a sub-path too). */
export function resolveAppUrl(url: string): string {
  const base = new URL(import.meta.env.BASE_URL, document.baseURI);
  return new URL(url, base).href;
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
  const parsed = appConfigSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '),
    );
  }
  return parsed.data;
}
