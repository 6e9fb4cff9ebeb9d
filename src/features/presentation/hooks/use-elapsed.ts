import { useEffect, useState } from 'react';

/** Seconds since the presenter window opened: the speaker keeps an eye on the slot. */
export function useElapsed(): number {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return function stopClock() {
      window.clearInterval(timer);
    };
  }, []);
  return Math.floor((now - start) / 1000);
}

export function formatElapsed(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
