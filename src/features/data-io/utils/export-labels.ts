import type { ExportLabels } from '../../../domain/export/project-columns';
import { BIDANG_LABELS, CATEGORY_LABELS, STATUS_LABELS } from '../../../components/labels/domain-labels';

/**
 * The spreadsheets' labels: Indonesian in both languages, since their columns are the import
 * template's. The publish step weighs the downloads with the same ones.
 */
export const SPREADSHEET_LABELS: ExportLabels = {
  category: (c) => CATEGORY_LABELS.id[c],
  bidang: (b) => BIDANG_LABELS.id[b],
  status: (s) => STATUS_LABELS.id[s],
};
