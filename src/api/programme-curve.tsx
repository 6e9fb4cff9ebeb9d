import { createContext, type ReactNode } from 'react';
import type { LoadedDataset } from './dataset-queries';

/**
 * The loaded dataset, for the charts below that sum its curves (use-programme-kurva-s.ts). Only
 * this context sits in DatasetGate: the curve code loads with the charts that draw it, not with
 * the map and list.
 */
export const DatasetContext = createContext<LoadedDataset | null>(null);

/**
 * Makes the loaded dataset's curves available to the charts below (DatasetGate renders it, with
 * null while the data loads: one tree for both states).
 */
export function ProgrammeCurveProvider({
  dataset,
  children,
}: {
  dataset: LoadedDataset | null;
  children: ReactNode;
}) {
  return <DatasetContext.Provider value={dataset}>{children}</DatasetContext.Provider>;
}
