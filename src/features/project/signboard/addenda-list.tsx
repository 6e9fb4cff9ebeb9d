import type { Modification } from '../../../domain/project/types';
import { formatDate } from '../../../domain/format/date';
import { formatRupiah } from '../../../domain/format/number';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { projectMessages } from '../messages';

/** Every time or value change of the contract, with the reason the publisher gave. */
export function AddendaList({ modifications }: { modifications: readonly Modification[] }) {
  const t = useMessages(projectMessages);
  const { locale } = useLanguage();
  return (
    <section className="project-section project-addenda" aria-labelledby="project-addenda">
      <h2 id="project-addenda">{t.addenda}</h2>
      {modifications.length === 0 ? (
        <p>{t.noAddenda}</p>
      ) : (
        <ol className="project-addenda__list" data-testid="addenda">
          {modifications.map((m) => (
            <li key={m.id}>
              <strong>{m.type ? t.addendumType(m.type) : t.addendumDefault}</strong>
              {m.date && ` · ${formatDate(m.date, locale)}`}
              {(m.oldEndDate || m.newEndDate) && (
                <div>
                  {t.endChange}: {formatDate(m.oldEndDate, locale)} → {formatDate(m.newEndDate, locale)}
                </div>
              )}
              {(m.oldValue !== undefined || m.newValue !== undefined) && (
                <div>
                  {t.valueChange}: {formatRupiah(m.oldValue, locale)} → {formatRupiah(m.newValue, locale)}
                </div>
              )}
              {m.description && <div>{m.description}</div>}
              <div>
                {t.reason}: {m.rationale ?? t.missing}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
