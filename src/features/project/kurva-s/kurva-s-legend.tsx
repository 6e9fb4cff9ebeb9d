/** A plain legend for paper (hidden on screen, where Recharts draws its own). */
export function KurvaSLegend({
  items,
}: {
  items: { label: string; color: string; dash?: string; band?: boolean }[];
}) {
  return (
    <ul className="kurva-s-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="24" height="10" aria-hidden="true">
            {item.band ? (
              <rect x="0" y="1" width="24" height="8" fill={item.color} fillOpacity={0.35} />
            ) : (
              <line
                x1="0"
                y1="5"
                x2="24"
                y2="5"
                stroke={item.color}
                strokeWidth="2.5"
                strokeDasharray={item.dash}
              />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
