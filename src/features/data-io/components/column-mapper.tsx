import { FIELDS, type FieldKey } from '../../../domain/spreadsheet/fields';
import { columnLetter, type ColumnMapping } from '../../../domain/spreadsheet/headers';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { importMessages } from '../import-messages';

interface ColumnMapperProps {
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (index: number, field: FieldKey | undefined) => void;
}

/** Every column of the file with the field it is read as; each can be changed or ignored. */
export function ColumnMapper({ headers, mapping, onChange }: ColumnMapperProps) {
  const t = useMessages(importMessages);
  const { locale } = useLanguage();
  return (
    <div className="data-table__scroll import-mapping">
      <table className="data-table">
        <caption>{t.mappingCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.column}</th>
            <th scope="col">{t.header}</th>
            <th scope="col">{t.field}</th>
          </tr>
        </thead>
        <tbody>
          {headers.map((header, index) => {
            const letter = columnLetter(index);
            return (
              <tr key={letter}>
                <th scope="row">{letter}</th>
                <td>{header || '–'}</td>
                <td>
                  <select
                    aria-label={`${t.field}: ${t.column} ${letter}${header ? ` (${header})` : ''}`}
                    value={mapping[index] ?? ''}
                    onChange={(event) =>
                      onChange(index, (event.target.value || undefined) as FieldKey | undefined)
                    }
                  >
                    <option value="">{t.ignore}</option>
                    {FIELDS.map((field) => (
                      <option key={field.key} value={field.key}>
                        {{ id: field.header, en: field.headerEn }[locale]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
