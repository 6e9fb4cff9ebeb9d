import type { Locale } from '../../domain/format/number';
import { DataError } from '../../domain/dataset/data-error';
import { ConfigError } from '../../lib/config';
import { HttpError, NetworkError } from '../../api/http';
import { errorMessages } from './error-messages';

export interface ErrorDescription {
  title: string;
  detail: string;
}

/** Every way loading can fail, in words a resident understands, with the technical detail after. */
export function describeError(error: unknown, locale: Locale): ErrorDescription {
  const m = errorMessages[locale];
  if (error instanceof ConfigError) return { title: m.configTitle, detail: m.configDetail(error.detail) };
  if (error instanceof HttpError) return { title: m.httpTitle, detail: m.httpDetail(error.status) };
  if (error instanceof NetworkError) return { title: m.networkTitle, detail: m.networkDetail };
  if (error instanceof DataError)
    return error.kind === 'not-json'
      ? { title: m.notJsonTitle, detail: m.notJsonDetail(error.detail) }
      : { title: m.schemaTitle, detail: m.schemaDetail(error.detail) };
  return {
    title: m.unexpectedTitle,
    detail: error instanceof Error ? error.message : String(error),
  };
}
