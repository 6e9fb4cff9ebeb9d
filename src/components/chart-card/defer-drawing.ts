import { createContext } from 'react';

/**
 * True where charts may wait to be drawn until they come near the viewport: a page of many charts
 * (the statistics page). Embeds and slides show one chart that must be there at once, so the
 * default is false.
 */
export const DeferChartDrawingContext = createContext(false);
