import type { Locale } from '../../../lib/i18n/locale';
import type { FieldRead } from '../signal-fields';
import type { MethodSource } from '../signal-sources';

/** The OC4IDS paths a rule reads, as code (they are names in the data, not words to translate). */
export function FieldList({ fields, locale }: { fields: readonly FieldRead[]; locale: Locale }) {
  return (
    <ul className="methodology__fields">
      {fields.map(({ path, note }) => (
        <li key={`${path}:${note?.en ?? ''}`}>
          <code>{path}</code>
          {note && ` (${note[locale]})`}
        </li>
      ))}
    </ul>
  );
}

/**
 * The published sources, as plain outside links: they open in the same tab (Back returns here) and
 * carry neither the referrer nor a handle on this page.
 */
export function SourceList({ sources, locale }: { sources: readonly MethodSource[]; locale: Locale }) {
  return (
    <ul className="methodology__sources">
      {sources.map(({ href, name }) => (
        <li key={href}>
          <a href={href} rel="external noopener noreferrer">
            {name[locale]}
          </a>
        </li>
      ))}
    </ul>
  );
}
