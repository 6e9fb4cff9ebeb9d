import { useMessages } from '../../../lib/i18n/messages';
import { methodologyMessages } from '../methodology-messages';
import { useScrollToTerm } from '../hooks/use-scroll-to-term';

const METHODS = ['m_totals', 'm_actual', 'm_deviation', 'm_kritis', 'm_late', 'm_finance', 'm_region', 'm_category', 'm_rejected'] as const; // prettier-ignore
const TERMS = ['pagu', 'hps', 'contract', 'realisasi', 'serapan', 'deviasi', 'kritis', 'scm', 'ssuk', 'kurva', 'addendum'] as const; // prettier-ignore

/** How every figure is computed, and the words the dashboard uses. */
export function DataMethodology() {
  const t = useMessages(methodologyMessages);
  useScrollToTerm();
  return (
    <>
      <section aria-labelledby="metodologi">
        <h2 id="metodologi">{t.methodTitle}</h2>
        <ul className="data-methodology">
          {METHODS.map((key) => (
            <li key={key}>{t[key]}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="glosarium">
        <h2 id="glosarium">{t.glossaryTitle}</h2>
        <dl className="data-glossary">
          {TERMS.map((term) => (
            // The anchor other pages link a term to (/data#istilah-hps: GLOSSARY_PATH).
            <div key={term} id={`istilah-${term}`} className="data-glossary__term" tabIndex={-1}>
              <dt>{t[`g_${term}`]}</dt>
              <dd>{t[`g_${term}Text`]}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
