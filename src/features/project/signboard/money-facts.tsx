import type { Project } from '../../../domain/project/types';
import { formatPercent, formatRupiah, formatRupiahShort } from '../../../domain/format/number';
import { DataValue } from '../../../components/data-value';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { projectMessages } from '../messages';
import { Fact } from './fact';
import { contractToHps } from '../utils/contract-ratio';

function Rupiah({ value }: { value: number | undefined }) {
  const { locale } = useLanguage();
  if (value === undefined) return null;
  return (
    <>
      <DataValue value={value}>{formatRupiah(value, locale)}</DataValue>{' '}
      <span className="project-fact__aside">({formatRupiahShort(value, locale)})</span>
    </>
  );
}

/** Pagu, HPS, contract value with its ratio to HPS, and the funding sources. */
export function MoneyFacts({ project }: { project: Project }) {
  const t = useMessages(projectMessages);
  const { locale } = useLanguage();
  const ratio = contractToHps(project.contractValue, project.hps);
  return (
    <>
      <Fact label={t.pagu} testId="fact-pagu" term="pagu">
        {project.pagu !== undefined && <Rupiah value={project.pagu} />}
      </Fact>
      <Fact label={t.hps} testId="fact-hps" term="hps">
        {project.hps !== undefined && <Rupiah value={project.hps} />}
      </Fact>
      <Fact label={t.contractValue} testId="fact-contract-value" term="contract">
        {project.contractValue !== undefined && (
          <>
            <Rupiah value={project.contractValue} />
            {ratio !== undefined && (
              <span className="project-fact__note" data-testid="contract-hps-ratio">
                {t.ofHps(formatPercent(ratio, locale, 2))}
                {ratio > 100 && <strong> · {t.overHps}</strong>}
              </span>
            )}
          </>
        )}
      </Fact>
      <Fact label={t.funding} testId="fact-funding">
        {project.fundingSources.length > 0 && (
          <ul className="project-fact__list">
            {project.fundingSources.map((source, index) => (
              <li key={`${source.name}-${index}`}>
                {source.name}
                {source.amount !== undefined && ` · ${formatRupiahShort(source.amount, locale)}`}
              </li>
            ))}
          </ul>
        )}
      </Fact>
    </>
  );
}
