import { useState } from 'react';
import { isInsideRegencyBounds } from '../../domain/geo/regions';
import type { Position } from '../../domain/geo/geometry';
import { useMessages } from '../../lib/i18n/messages';
import { mapMessages } from './map-messages';

type NearMeState = 'idle' | 'locating' | 'shown' | 'outside' | 'denied' | 'failed' | 'unsupported';

interface NearMeButtonProps {
  /** The position inside the regency (the map flies to it), or none. */
  onLocated: (position: Position | undefined) => void;
}

const MESSAGE_KEY = {
  locating: 'locating',
  shown: 'nearMeShown',
  outside: 'nearMeOutside',
  denied: 'nearMeDenied',
  failed: 'nearMeFailed',
  unsupported: 'nearMeUnsupported',
} as const;

/**
 * "Dekat saya": asks the browser for the reader's position only when pressed, and takes a refusal
 * as an answer. The position stays in the page; it is never sent anywhere.
 */
export function NearMeButton({ onLocated }: NearMeButtonProps) {
  const t = useMessages(mapMessages);
  const [state, setState] = useState<NearMeState>('idle');

  function locate() {
    if (!('geolocation' in navigator)) {
      setState('unsupported');
      return;
    }
    setState('locating');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const position: Position = [coords.longitude, coords.latitude];
        if (!isInsideRegencyBounds(position)) {
          onLocated(undefined);
          setState('outside');
          return;
        }
        onLocated(position);
        setState('shown');
      },
      (error) => setState(error.code === error.PERMISSION_DENIED ? 'denied' : 'failed'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  return (
    <div className="near-me">
      <button type="button" className="button button--ghost" onClick={locate} disabled={state === 'locating'}>
        {t.nearMe}
      </button>
      <span role="status" className="near-me__status" data-testid="near-me-status">
        {state === 'idle' ? '' : t[MESSAGE_KEY[state]]}
      </span>
    </div>
  );
}
