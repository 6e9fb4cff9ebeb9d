import { useContext, type ReactNode, type RefObject } from 'react';
import { ChartChromeContext, type ChartChrome } from './chart-chrome';
import { AppChartFooter, type ChartFooterProps } from './chart-footer';
import { DeferChartDrawingContext } from './defer-drawing';
import { useDrawWhenNear } from '../drawing/use-draw-when-near';

function useAppDrawing(box: RefObject<Element | null>, isEmpty: boolean | undefined) {
  return useDrawWhenNear(box, useContext(DeferChartDrawingContext), isEmpty);
}

/** The app's cards: caption, table and a row of actions; drawn when near the viewport if asked. */
const APP_CHROME: ChartChrome = {
  Footer: AppChartFooter as (props: ChartFooterProps<unknown>) => ReactNode,
  useDrawing: useAppDrawing,
};

/** Gives the cards below the app's chrome, unless the page has put its own (an embed's). */
export function AppChartChrome({ children }: { children: ReactNode }) {
  const chrome = useContext(ChartChromeContext);
  if (chrome) return children;
  return <ChartChromeContext.Provider value={APP_CHROME}>{children}</ChartChromeContext.Provider>;
}
