import type { Oc4idsProject } from '../oc4ids/schema';
import { BIDANG, CATEGORIES, type Bidang, type Category } from './types';
import { normalizeText } from '../text/normalize';

function classification(project: Oc4idsProject, scheme: string): string | undefined {
  const found = project.additionalClassifications?.find((c) => c.scheme === scheme);
  return found?.id == null ? undefined : String(found.id).toLowerCase();
}

/** Keyword order matters: "Pembangunan Jembatan Jalan X" is a bridge, "DED drainase" is planning. */
const KEYWORDS: [RegExp, Category][] = [
  [/\b(perencanaan|ded|studi|kajian|feasibility|desain)\b/, 'perencanaan'],
  [/\bjembatan\b/, 'jembatan'],
  [/\b(tanggul|tpt|turap|talud|penahan tanah)\b/, 'tanggul'],
  [/\b(normalisasi|pengerukan|kali|sungai|situ|irigasi)\b/, 'normalisasi'],
  [/\b(drainase|saluran|gorong|box culvert)\b/, 'drainase'],
  [/\b(jalan|ruas|betonisasi|hotmix|pengaspalan|rigid|road)\b/, 'jalan'],
  [/\bbridge\b/, 'jembatan'],
];

export function deriveCategory(project: Oc4idsProject): Category {
  const declared = classification(project, 'x_kategori');
  if (declared && (CATEGORIES as readonly string[]).includes(declared)) return declared as Category;
  const title = normalizeText(`${project.title ?? ''}`);
  for (const [pattern, category] of KEYWORDS) if (pattern.test(title)) return category;
  const sectors = project.sector ?? [];
  if (sectors.includes('transport.road')) return 'jalan';
  if (sectors.includes('naturalResources.floodProtection')) return 'tanggul';
  if (sectors.includes('waterAndWaste')) return 'drainase';
  return 'lainnya';
}

export function deriveBidang(project: Oc4idsProject, category: Category): Bidang {
  const declared = classification(project, 'x_bidang');
  if (declared && (BIDANG as readonly string[]).includes(declared)) return declared as Bidang;
  switch (category) {
    case 'jembatan':
      return 'jembatan';
    case 'drainase':
    case 'normalisasi':
    case 'tanggul':
      return 'sda';
    case 'jalan':
      return project.type === 'rehabilitation' || project.type === 'replacement'
        ? 'bm-pemeliharaan'
        : 'bm-peningkatan';
    default:
      return 'lainnya';
  }
}
