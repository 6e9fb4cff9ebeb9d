import type { ReactNode } from 'react';

/**
 * What the embed pages' build puts in place of components/chart-card/app-chrome.tsx
 * (tools/vite/embed-build.ts): every card in an embed gets the embed's chrome from its context,
 * so the app's toolbar, table and deferred drawing would be code no embed ever runs.
 */
export function AppChartChrome({ children }: { children: ReactNode }) {
  return children;
}
