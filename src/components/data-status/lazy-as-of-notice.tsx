import { lazy, Suspense } from 'react';
import type { DatasetMeta } from '../../domain/dataset/types';

const AsOfNotice = lazy(() => import('./as-of-notice').then((m) => ({ default: m.AsOfNotice })));

/** Nothing for a package with a publishedDate (nearly all); the notice, fetched, for one without. */
export function LazyAsOfNotice({ meta }: { meta: Pick<DatasetMeta, 'asOf' | 'asOfSource'> }) {
  if (meta.asOfSource === undefined) return null;
  return (
    <Suspense fallback={null}>
      <AsOfNotice source={meta.asOfSource} asOf={meta.asOf} />
    </Suspense>
  );
}
