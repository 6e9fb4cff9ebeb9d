import { DataValue } from '../../components/data-value';

interface HeadlineFigureProps {
  /** Stable name for tests and scrapers: `[data-figure="pagu"] data[value]`. */
  name: string;
  label: string;
  value: number | undefined;
  text: string;
  note?: string;
}

/** One figure: label, the number (exact in `value`), and how it was computed. */
export function HeadlineFigure({ name, label, value, text, note }: HeadlineFigureProps) {
  return (
    <div className="headline-figure" data-figure={name}>
      <dt className="headline-figure__label">{label}</dt>
      <dd className="headline-figure__value">
        {value === undefined ? <span>{text}</span> : <DataValue value={value}>{text}</DataValue>}
      </dd>
      {note && <dd className="headline-figure__note">{note}</dd>}
    </div>
  );
}
