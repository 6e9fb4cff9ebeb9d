import { useMemo } from 'react';
import type { BoundaryCollection } from '../../../domain/geo/boundaries';
import { anchorOf, positionsOf, type Position } from '../../../domain/geo/geometry';
import {
  displayStatus,
  STATUS_COLOURS,
  STATUS_LEGEND_ORDER,
  statusLegendCounts,
} from '../../../domain/map/colours';
import type { StatusFilter } from '../../../domain/filters/filters';
import type { Project } from '../../../domain/project/types';
import { fitProjection, pathOf } from '../utils/svg-projection';

interface StatusMapProps {
  projects: readonly Project[];
  boundaries?: BoundaryCollection;
  /** Kemendagri code of a kecamatan to outline and fit (the per-kecamatan slides). */
  highlight?: string;
  /** What the map shows, for screen readers (the legend table carries the counts). */
  label: string;
  statusLabel: (status: StatusFilter) => string;
  countLabel: (n: number) => string;
}

const WIDTH = 1000;

/**
 * Every work on one static map, coloured by the status a resident would check for (kritis and late
 * first). Kritis works are also dashed and drawn as squares, and the legend counts each status, so
 * colour never carries the meaning alone.
 */
export function StatusMap({
  projects,
  boundaries,
  highlight,
  label,
  statusLabel,
  countLabel,
}: StatusMapProps) {
  const drawing = useMemo(() => {
    const features = boundaries?.features ?? [];
    const focus = highlight ? features.filter((f) => f.properties.kode === highlight) : features;
    const ringsOf = (f: (typeof features)[number]) =>
      (f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates]
        : f.geometry.coordinates
      ).flat() as Position[][];
    const framePositions =
      focus.length > 0
        ? focus.flatMap((f) => ringsOf(f).flat())
        : projects.flatMap((p) => (p.geometry ? positionsOf(p.geometry) : []));
    const projection = fitProjection(framePositions, WIDTH);
    if (!projection) return undefined;
    const areas = features.map((f) => ({
      code: f.properties.kode,
      name: f.properties.nama,
      d: pathOf(ringsOf(f), projection, true),
    }));
    const works = projects.flatMap((project) => {
      const geometry = project.geometry;
      if (!geometry) return [];
      const status = displayStatus(project);
      const line =
        geometry.type === 'LineString'
          ? [geometry.coordinates]
          : geometry.type === 'MultiLineString'
            ? geometry.coordinates
            : undefined;
      return [
        {
          id: project.id,
          status,
          d: line ? pathOf(line, projection, false) : undefined,
          at: projection.point(anchorOf(geometry)),
        },
      ];
    });
    // Alarming states drawn last, so they sit on top.
    const rank = (s: StatusFilter) => STATUS_LEGEND_ORDER.length - STATUS_LEGEND_ORDER.indexOf(s);
    works.sort((a, b) => rank(a.status) - rank(b.status));
    return { projection, areas, works };
  }, [projects, boundaries, highlight]);

  const legend = useMemo(() => statusLegendCounts(projects), [projects]);

  return (
    <div className="status-map">
      {drawing ? (
        <svg
          className="status-map__svg"
          viewBox={`0 0 ${drawing.projection.width} ${drawing.projection.height}`}
          role="img"
          aria-label={label}
          preserveAspectRatio="xMidYMid meet"
        >
          <g className="status-map__areas">
            {drawing.areas.map((area) => (
              <path
                key={area.code}
                d={area.d}
                fill={area.code === highlight ? '#fff1cc' : '#eef1f4'}
                stroke={area.code === highlight ? '#1a1a1a' : '#5c6670'}
                strokeWidth={area.code === highlight ? 4 : 1.5}
                vectorEffect="non-scaling-stroke"
              />
            ))}
          </g>
          <g className="status-map__works">
            {drawing.works.map((work) => {
              const colour = STATUS_COLOURS[work.status];
              const kritis = work.status === 'kritis';
              if (work.d)
                return (
                  <path
                    key={work.id}
                    d={work.d}
                    fill="none"
                    stroke={colour}
                    strokeWidth={6}
                    strokeLinecap="round"
                    vectorEffect="non-scaling-stroke"
                    strokeDasharray={kritis ? '10 6' : undefined}
                  />
                );
              const [x, y] = work.at;
              return kritis ? (
                <rect
                  key={work.id}
                  x={x - 13}
                  y={y - 13}
                  width={26}
                  height={26}
                  fill={colour}
                  stroke="#fff"
                  strokeWidth={2}
                />
              ) : (
                <circle key={work.id} cx={x} cy={y} r={13} fill={colour} stroke="#fff" strokeWidth={2} />
              );
            })}
          </g>
        </svg>
      ) : (
        <p className="status-map__none">{label}</p>
      )}
      <table className="status-map__legend">
        <caption className="visually-hidden">{label}</caption>
        <tbody>
          {legend.map(({ status, count }) => (
            <tr key={status}>
              <th scope="row">
                <span
                  className={`status-map__swatch${status === 'kritis' ? ' status-map__swatch--square' : ''}`}
                  style={{ background: STATUS_COLOURS[status] }}
                />
                {statusLabel(status)}
              </th>
              <td>{countLabel(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
