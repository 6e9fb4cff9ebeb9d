/** The element a location's hash ("#nilai-kembar") names, or null; a malformed escape ("#%E0") names none. */
export function elementForHash(hash: string): HTMLElement | null {
  if (!hash) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}
