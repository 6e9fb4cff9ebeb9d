import type { ReactNode } from 'react';
import type { ChartChrome } from '../../components/chart-card/chart-chrome';
import type { ChartFooterProps } from '../../components/chart-card/chart-footer';
import { EmbedChartFooter } from './embed-footer';

const DRAWN = { drawn: true, drawNow: () => {} };

/** An embed shows one chart: it is drawn at once. */
function useDrawnAtOnce() {
  return DRAWN;
}

/** The cards of an embed: its one-line footer with the menu, drawn at once. */
export const EMBED_CHROME: ChartChrome = {
  Footer: EmbedChartFooter as (props: ChartFooterProps<unknown>) => ReactNode,
  useDrawing: useDrawnAtOnce,
};
