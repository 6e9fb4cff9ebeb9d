import { kecamatanSummary } from './summaries/kecamatan';
import { bidangSummary } from './summaries/bidang';
import { fundingSummary } from './summaries/funding';
import { statusSummary } from './summaries/status';
import { kurvaSSummary } from './summaries/kurva-s';
import { fisikKeuanganSummary } from './summaries/fisik-keuangan';
import { delayedSummary } from './summaries/delayed';
import { topContractorsSummary } from './summaries/top-contractors';

/**
 * One sentence per chart, generated from the data, in both languages. Each chart's view imports
 * its own (summaries/), so an embed loads one chart's sentences; this is all of them together.
 */
export const summaryMessages = {
  id: {
    ...kecamatanSummary.id,
    ...bidangSummary.id,
    ...fundingSummary.id,
    ...statusSummary.id,
    ...kurvaSSummary.id,
    ...fisikKeuanganSummary.id,
    ...delayedSummary.id,
    ...topContractorsSummary.id,
  },
  en: {
    ...kecamatanSummary.en,
    ...bidangSummary.en,
    ...fundingSummary.en,
    ...statusSummary.en,
    ...kurvaSSummary.en,
    ...fisikKeuanganSummary.en,
    ...delayedSummary.en,
    ...topContractorsSummary.en,
  },
};
