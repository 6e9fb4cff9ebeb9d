import { Link } from 'react-router';
import type { BoundaryCollection } from '../../../domain/geo/boundaries';
import type { Project } from '../../../domain/project/types';
import { boxOfGeometry, boxOfPositions, polygonsOf } from '../../../domain/map/bounds';
import { fitOutline, linesOf } from '../../../domain/map/outline-projection';
import { styleFor } from '../../../domain/map/colours';
import { useMessages } from '../../../lib/i18n/messages';
import { locationMessages } from './location-messages';
import './location-map.css';

const WIDTH = 320;

interface LocationMapProps {
  project: Project;
  /** The kecamatan outlines; without them the project is drawn on its own. */
  boundaries?: BoundaryCollection;
}

/**
 * Where the work is: the project's road, channel or point inside its kecamatan, drawn as a small
 * SVG (no map library, no tiles, prints as it shows), with a link that opens it on the full map.
 * Nothing is drawn for a project without a usable location; the signboard says why.
 */
export function LocationMap({ project, boundaries }: LocationMapProps) {
  const t = useMessages(locationMessages);
  const { geometry, kecamatan } = project;
  if (!geometry) return null;
  const outline = kecamatan && boundaries?.features.find((f) => f.properties.kode === kecamatan.code);
  const rings = outline ? polygonsOf(outline).flat() : [];
  const box = (rings.length > 0 && boxOfPositions(rings.flat())) || boxOfGeometry(geometry);
  const projection = box && fitOutline(box, WIDTH);
  if (!projection) return null;
  const others = (boundaries?.features ?? []).filter((f) => f !== outline);
  const { lines, closed } = linesOf(geometry);
  const style = styleFor(project, 'status');
  const mapHref = `/?${new URLSearchParams({
    ...(kecamatan ? { kecamatan: kecamatan.slug } : {}),
    proyek: project.id,
  })}`;
  return (
    <figure className="location-map" aria-labelledby="location-map-caption">
      <svg
        viewBox={`0 0 ${projection.width} ${projection.height}`}
        role="img"
        aria-label={t.label(project.title, kecamatan?.name)}
        className="location-map__svg"
        data-testid="location-map"
      >
        {others.map((feature) => (
          <path
            key={feature.properties.kode}
            className="location-map__neighbour"
            d={projection.path(polygonsOf(feature).flat(), true)}
          />
        ))}
        {rings.length > 0 && <path className="location-map__kecamatan" d={projection.path(rings, true)} />}
        {lines.length > 0 && (
          <path
            className={closed ? 'location-map__area' : 'location-map__line'}
            d={projection.path(lines, closed)}
            stroke={style.colour}
            strokeDasharray={style.dashArray}
            fill={closed ? style.colour : 'none'}
            data-project-shape=""
          />
        )}
        {geometry.type === 'Point' && (
          <circle
            className="location-map__point"
            cx={projection.point(geometry.coordinates)[0]}
            cy={projection.point(geometry.coordinates)[1]}
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
