import { useId } from 'react';
import type { DatasetMeta } from '../../../domain/dataset/types';
import { provenanceLine } from '../../../domain/format/as-of';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { chartCardMessages } from '../../../components/chart-card/messages';

interface KurvaSEmptyProps {
  title: string;
  summary: string;
  meta: DatasetMeta;
  headingLevel: 2 | 3;
}

/** No plan, no report, no payment: say so in the chart's place instead of drawing empty axes. */
export function KurvaSEmpty({ title, summary, meta, headingLevel }: KurvaSEmptyProps) {
  const { locale } = useLanguage();
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const t = useMessages(chartCardMessages);
  return (
    <section className="chart-card" aria-labelledby={headingId} data-chart="kurva-s" data-empty="true">
      <Heading id={headingId} className="chart-card__title">
        {title}
      </Heading>
      <p className="chart-card__empty" role="status">
        {summary}
      </p>
      <p className="chart-card__caption">
        {provenanceLine(meta, locale)}
        {meta.isSample && <strong> · {t.sample}</strong>}
      </p>
    </section>
  );
}
