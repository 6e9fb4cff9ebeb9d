import { useLayoutEffect, useRef } from 'react';

/**
 * A ref that always holds the latest value, so listeners bound once (Leaflet handlers, the deck's
 * keys, the presenter window's messages) still read the current props.
 */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
