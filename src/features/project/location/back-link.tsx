import { Link, useLocation, useNavigate } from 'react-router';
import type { Kecamatan } from '../../../domain/project/types';
import { useMessages } from '../../../lib/i18n/messages';
import { locationMessages } from './location-messages';

/**
 * The way back. Opened from within the app (the map's list, a contractor, a chart), it is the
 * browser's Back: the list returns with its filters and its scroll position. Opened from a shared
 * link or a QR code there is nothing to go back to, so it leads to the works in the same kecamatan.
 */
export function BackLink({ kecamatan }: { kecamatan?: Kecamatan }) {
  const t = useMessages(locationMessages);
  const navigate = useNavigate();
  // React Router keys the first page of a visit 'default'; every in-app navigation gets its own key.
  const cameFromApp = useLocation().key !== 'default';
  if (cameFromApp) {
    return (
      <button type="button" className="back-link" onClick={() => navigate(-1)}>
        ← {t.back}
      </button>
    );
  }
  return (
    <Link className="back-link" to={kecamatan ? `/?kecamatan=${encodeURIComponent(kecamatan.slug)}` : '/'}>
      ← {kecamatan ? t.kecamatanProjects(kecamatan.name) : t.allProjects}
    </Link>
  );
}
