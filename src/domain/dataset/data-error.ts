/**
 * Thrown when a whole response cannot be used; the UI translates the kind. Kept apart from the
 * schema so the main thread can recognise the error without loading the schema library.
 */
export class DataError extends Error {
  constructor(
    readonly kind: 'not-json' | 'not-a-package' | 'not-an-index',
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'DataError';
  }
}

export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataError('not-json', (error as Error).message.slice(0, 200));
  }
}
