export interface Figure {
  key: string;
  label: string;
  value: string;
  /** How it was counted, in one short line: the honest-numbers rule on a slide. */
  detail?: string;
  tone?: 'alert' | 'normal';
}

/** Big numbers for the back of the hall: one per tile, the label above, how it was counted below. */
export function FigureGrid({ figures }: { figures: readonly Figure[] }) {
  return (
    <dl className="figure-grid" data-testid="figure-grid">
      {figures.map((figure) => (
        <div key={figure.key} className={`figure-grid__tile figure-grid__tile--${figure.tone ?? 'normal'}`}>
          <dt>{figure.label}</dt>
          <dd className="figure-grid__value">{figure.value}</dd>
          {figure.detail && <dd className="figure-grid__detail">{figure.detail}</dd>}
        </div>
      ))}
    </dl>
  );
}
