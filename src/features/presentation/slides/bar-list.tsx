export interface BarSeries {
  key: string;
  label: string;
  colour: string;
  /** Bars of one series share a pattern so the two series differ without colour. */
  pattern?: 'solid' | 'striped';
}

export interface BarRow {
  key: string;
  label: string;
  /** One value per series, in the series' order. */
  values: (number | undefined)[];
  /** What is written beside each bar. */
  display: string[];
}

interface BarListProps {
  caption: string;
  series: readonly BarSeries[];
  rows: readonly BarRow[];
  /** The value a full-length bar stands for (e.g. the largest pagu, or 100 %). */
  max: number;
  columns?: 1 | 2;
}

/**
 * Horizontal bars as a real table (name, bar, value): readable from far away, a table for screen
 * readers, and it prints. Used where a dashboard chart has more rows than a slide can hold legibly.
 */
export function BarList({ caption, series, rows, max, columns = 1 }: BarListProps) {
  const half = columns === 2 ? Math.ceil(rows.length / 2) : rows.length;
  const groups = columns === 2 ? [rows.slice(0, half), rows.slice(half)] : [rows];
  return (
    <div className={`bar-list bar-list--${columns}`}>
      {series.length > 1 && (
        <ul className="bar-list__legend">
          {series.map((s) => (
            <li key={s.key}>
              <span
                className={`bar-list__swatch bar-list__bar--${s.pattern ?? 'solid'}`}
                style={{ background: s.colour }}
              />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <div className="bar-list__columns">
        {groups.map((group, g) => (
          <table key={g} className="bar-list__table">
            <caption className="visually-hidden">{g === 0 ? caption : `${caption} (lanjutan)`}</caption>
            <tbody>
              {group.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td className="bar-list__bars">
                    {series.map((s, i) => {
                      const value = row.values[i];
                      const width =
                        value !== undefined && max > 0 ? Math.max(0, Math.min(1, value / max)) * 100 : 0;
                      return (
                        <div key={s.key} className="bar-list__track">
                          {/* The bars' own area: the same width on every row, with room for the
                              value beside the longest bar, so no label ever shortens a bar. */}
                          <div className="bar-list__area">
                            <span
                              className={`bar-list__bar bar-list__bar--${s.pattern ?? 'solid'}`}
                              style={{ width: `${width}%`, background: s.colour }}
                              data-value={value}
                            />
                            <span className="bar-list__value">
                              {series.length > 1 && <span className="visually-hidden">{s.label}: </span>}
                              {row.display[i]}
                            </span>
                          </div>
                        </div>
                      );
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </div>
  );
}
