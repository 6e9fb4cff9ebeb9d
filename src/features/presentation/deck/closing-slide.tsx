import type { SlideSpec } from '../components/slide-types';
import { safeHttpUrl } from '../../../domain/text/safe-url';
import type { DeckContext } from './deck-context';
import { sourceName } from '../../../domain/format/as-of';

export function closingSlide({ t, dataset, siteUrl }: DeckContext): SlideSpec {
  const { meta } = dataset;
  const site = siteUrl ? safeHttpUrl(siteUrl) : undefined;
  return {
    id: 'sumber',
    title: t.closing,
    content: (
      <ul className="slide-list">
        <li>{t.closingSource(sourceName(meta))}</li>
        {meta.license && <li>{t.closingLicense(meta.license)}</li>}
        <li>{t.closingKritis}</li>
        {site && <li>{t.closingSite(site)}</li>}
      </ul>
    ),
  };
}
