import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Project } from '../../domain/project/types';
import { nearestProject } from '../../domain/map/nearest';
import { useLatest } from '../../lib/use-latest';

interface KeyboardSelectProps {
  projects: readonly Project[];
  label: string;
  helpId: string;
  onSelect: (id: string) => void;
  onAnnounce: (message: string) => void;
  nothingNear: string;
}

/**
 * Leaflet's keyboard handler pans (arrows) and zooms (+/−) the focused map; this adds selection:
 * Enter picks the project nearest to the cross-hair drawn in the middle of the focused map.
 */
export function KeyboardSelect({
  projects,
  label,
  helpId,
  onSelect,
  onAnnounce,
  nothingNear,
}: KeyboardSelectProps) {
  const map = useMap();
  const latest = useLatest({ projects, onSelect, onAnnounce, nothingNear });

  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('aria-label', label);
    container.setAttribute('aria-describedby', helpId);
    container.setAttribute('role', 'region');
  }, [map, label, helpId]);

  useEffect(() => {
    const container = map.getContainer();
    function selectAtCentre(event: KeyboardEvent) {
      if (event.key !== 'Enter' || event.target !== container) return;
      event.preventDefault();
      const { projects: visible, onSelect: select, onAnnounce: announce, nothingNear: none } = latest.current;
      const centre = map.getCenter();
      const found = nearestProject(visible, [centre.lng, centre.lat]);
      const size = map.getSize();
      // Only what the reader can see: farther than half the map's width is not "here".
      const limit = map.distance(
        map.containerPointToLatLng([0, 0]),
        map.containerPointToLatLng([size.x / 2, 0]),
      );
      if (found && found.metres <= limit) select(found.project.id);
      else announce(none);
    }
    container.addEventListener('keydown', selectAtCentre);
    return function removeKeyboardSelect() {
      container.removeEventListener('keydown', selectAtCentre);
    };
  }, [map, latest]);

  return null;
}
