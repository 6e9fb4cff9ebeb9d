import { useMemo } from 'react';
import type { LoadedDataset } from '../../../api/dataset-queries';
import {
  contractorTable,
  projectsOfContractor,
  totalContractValue,
  type ContractorRow,
} from '../../../domain/contractors/contractor-rows';
import type { Project } from '../../../domain/project/types';

export interface ContractorView {
  /** The contractor's packages, largest contract first; empty when no contractor has this key. */
  projects: readonly Project[];
  row?: ContractorRow;
  yearTotal: number;
}

const byValue = (a: Project, b: Project) => (b.contractValue ?? -1) - (a.contractValue ?? -1);

/**
 * One contractor of the dataset, by its key (the /penyedia/:id id). The projects array keeps its
 * identity while the dataset does, so the kurva S summed from it is computed once.
 */
export function useContractor(dataset: LoadedDataset, key: string): ContractorView {
  return useMemo(() => {
    const own = projectsOfContractor(dataset.projects, key);
    const yearTotal = totalContractValue(dataset.projects);
    // In the data's order, so the name is the one first written, as in the table and the charts.
    const row = contractorTable(own, yearTotal).rows[0];
    return { projects: own.sort(byValue), row, yearTotal };
  }, [dataset.projects, key]);
}
