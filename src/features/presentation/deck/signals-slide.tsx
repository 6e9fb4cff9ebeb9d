import type { SlideSpec } from '../components/slide-types';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { SIGNAL_LABELS } from '../../../components/labels/signal-labels';
import { countSignals, flaggedSignals, type SignalCount } from '../../../domain/integrity/assess';
import { formatNumber } from '../../../domain/format/number';
import type { DeckContext } from './deck-context';

/**
 * The integrity signals the public sees on the map, counted: officials should face the same
 * figures. "Cannot be assessed" has its own column, never folded into "no".
 */
export function signalsSlide({ t, projects, locale }: DeckContext): SlideSpec {
  const counts = countSignals(projects);
  const anyFlagged = projects.filter((p) => flaggedSignals(p).length > 0).length;
  const count = (key: 'flagged' | 'clear' | 'unknown') => (row: SignalCount) => row[key];
  const columns: TableColumn<SignalCount>[] = [
    { key: 'signal', label: t.colSignal, value: (row) => SIGNAL_LABELS[locale][row.slug] },
    {
      key: 'flagged',
      label: t.colFlagged,
      value: count('flagged'),
      numeric: true,
      format: (row) => <strong>{formatNumber(row.flagged, locale)}</strong>,
    },
    { key: 'clear', label: t.colClear, value: count('clear'), numeric: true },
    { key: 'unknown', label: t.colUnknown, value: count('unknown'), numeric: true },
  ];
  return {
    id: 'sinyal-integritas',
    title: t.signalsTitle,
    subtitle: t.signalsSubtitle(formatNumber(projects.length, locale)),
    notes: [t.notesSignals(formatNumber(anyFlagged, locale))],
    content: (
      <div className="signals-slide">
        <DataTable caption={t.signalsTitle} columns={columns} rows={counts} rowKey={(row) => row.slug} />
        <p className="slide-foot">{t.signalsFoot}</p>
      </div>
    ),
  };
}
