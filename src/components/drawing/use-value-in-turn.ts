import { useEffect, useState } from 'react';
import { queueDrawing } from './drawing-queue';

/**
 * `value` as a chart should show it: the first value at once, every later one when the chart's
 * turn comes in the drawing queue. A filter change then updates a page of charts one per task
 * (Recharts redraws through synchronous store updates, so seven charts in one render are one
 * long task); the words and headline figures around them follow the filter at once.
 */
export function useValueInTurn<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return queueDrawing(() => setShown(() => value));
  }, [value, shown]);
  return shown;
}
