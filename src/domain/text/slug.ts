import { normalizeText } from './normalize';

/** URL-safe names: "Cikarang Utara" -> "cikarang-utara", "APBD-P" -> "apbd-p". */
export function slugify(text: string): string {
  return normalizeText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
