import { resolveAppUrl, type AppConfig } from '../lib/config';

/** config.json's indexUrl as an absolute URL; undefined without a published folder. */
export const indexUrlOf = (config: AppConfig) =>
  typeof config.indexUrl === 'string' && config.indexUrl ? resolveAppUrl(config.indexUrl) : undefined;
