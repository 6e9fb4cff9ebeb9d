import { useLayoutEffect, useRef } from 'react';

/** A ref that always holds the latest value: Leaflet handlers bound once still call current props. */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
