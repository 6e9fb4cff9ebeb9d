import type { DatasetMeta } from '../../../domain/dataset/types';
import type { ProjectDetail } from '../../../domain/project/types';
import { asOfLabel, sourceName } from '../../../domain/format/as-of';
import { formatDate } from '../../../domain/format/date';
import { safeHttpUrl } from '../../../domain/text/safe-url';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { projectMessages } from '../messages';
import { QrCode } from '../qr/qr-code';
import { Fact } from './fact';

/** Where the figures come from and how fresh they are, with the QR code to this page for the real board. */
export function ProvenancePanel({
  project,
  meta,
  pageUrl,
}: {
  project: ProjectDetail;
  meta: DatasetMeta;
  pageUrl: string;
}) {
  const t = useMessages(projectMessages);
  const { locale } = useLanguage();
  const sourceLink = safeHttpUrl(meta.sourceUrl);
  return (
    <section className="project-facts project-provenance" aria-labelledby="facts-provenance">
      <h2 id="facts-provenance">{t.source}</h2>
      <figure className="project-qr">
        <QrCode text={pageUrl} label={`${t.qrCaption}: ${pageUrl}`} />
        <figcaption>
          {t.qrCaption}
          <br />
          <span className="project-qr__url" data-testid="page-url">
            {pageUrl}
          </span>
        </figcaption>
      </figure>
      <dl>
        <Fact label={asOfLabel(meta, locale)} testId="fact-as-of">
          {formatDate(meta.asOf, locale)}
        </Fact>
        <Fact label={t.updated}>{project.updated && formatDate(project.updated, locale)}</Fact>
        <Fact label={t.source} testId="fact-source">
          {sourceLink ? (
            <a href={sourceLink} rel="noopener noreferrer">
              {meta.publisher ?? sourceLink}
            </a>
          ) : (
            sourceName(meta)
          )}
        </Fact>
      </dl>
    </section>
  );
}
