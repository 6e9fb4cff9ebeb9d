import { createContext, type ComponentType, type RefObject } from 'react';
import type { ChartFooterProps } from './chart-footer';

/** Whether a card's chart is drawn now, and a way to draw it now (e.g. for its PNG). */
export type UseDrawing = (
  box: RefObject<Element | null>,
  isEmpty: boolean | undefined,
) => { drawn: boolean; drawNow: () => void };

/**
 * What a page puts around its chart cards: their footer, and when their charts are drawn. The
 * app's pages: the caption, table and action row, and drawings that wait for the viewport
 * (app-chrome.tsx). An embed: one line with a menu, drawn at once. The card itself (ChartCardBase)
 * imports neither, so an embed never loads the app's toolbar.
 */
export interface ChartChrome {
  Footer: ComponentType<ChartFooterProps<unknown>>;
  useDrawing: UseDrawing;
}

export const ChartChromeContext = createContext<ChartChrome | null>(null);
