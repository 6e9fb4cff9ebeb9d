import { Link } from 'react-router';
import { useMemo } from 'react';
import { useBoundaries } from '../../../api/dataset-queries';
import type { Project } from '../../../domain/project/types';
import { styleFor } from '../../../domain/map/colours';
import { useMessages } from '../../../lib/i18n/messages';
import { locationDrawing } from '../../../domain/map/location-drawing';
import { linkParams } from '../../../domain/route-state/param-names';
import { locationMessages } from './location-messages';
import './location-map.css';

interface LocationMapProps {
  project: Project;
}

/**
 * Where the work is: the project's road, channel or point inside its kecamatan, drawn as a small
 * SVG (no map library, no tiles, prints as it shows), with a link that opens it on the full map.
 * Nothing is drawn for a project without a usable location; the signboard says why.
 */
export function LocationMap({ project }: LocationMapProps) {
  const t = useMessages(locationMessages);
  // Read here, not by the page: when the outlines arrive only this map renders again, not the
  // whole signboard (a store update that React cannot slice). Until then the work is drawn alone.
  const boundaries = useBoundaries();
  // Drawn once per project and boundaries, not again at every render of the page.
  const drawing = useMemo(() => locationDrawing(project, boundaries), [project, boundaries]);
  if (!drawing) return null;
  const { kecamatan } = project;
  const style = styleFor(project, 'status');
  const mapHref = `/?${linkParams({ kecamatan: kecamatan?.slug, proyek: project.id })}`;
  return (
    <figure className="location-map" aria-labelledby="location-map-caption">
      <svg
        viewBox={`0 0 ${drawing.width} ${drawing.height}`}
        role="img"
        aria-label={t.label(project.title, kecamatan?.name)}
        className="location-map__svg"
        data-testid="location-map"
      >
        {drawing.neighbours.map(({ code, d }) => (
          <path key={code} className="location-map__neighbour" d={d} />
        ))}
        {drawing.kecamatan && <path className="location-map__kecamatan" d={drawing.kecamatan} />}
        {drawing.shape && (
          <path
            className={drawing.shape.closed ? 'location-map__area' : 'location-map__line'}
            d={drawing.shape.d}
            stroke={style.colour}
            strokeDasharray={style.dashArray}
            fill={drawing.shape.closed ? style.colour : 'none'}
            data-project-shape=""
          />
        )}
        {drawing.point && (
          <circle
            className="location-map__point"
            cx={drawing.point[0]}
            cy={drawing.point[1]}
            r={7}
            fill={style.colour}
            data-project-shape=""
          />
        )}
      </svg>
      <figcaption id="location-map-caption">
        {t.caption(kecamatan?.name)} <Link to={mapHref}>{t.openOnMap}</Link>
      </figcaption>
    </figure>
  );
}
