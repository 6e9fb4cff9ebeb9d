/**
 * Where the reader left each page, by path: a new page opens at its top, Back (and a link to a page
 * already read) returns to where they were, and a filter or a selection on the same page never moves
 * it. Kept in sessionStorage on leaving, so a reload returns there too.
 */
const STORAGE_KEY = 'pantaubangun-scroll';

let positions: Record<string, number> | undefined;

function all(): Record<string, number> {
  if (positions) return positions;
  positions = {};
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    if (stored && typeof stored === 'object')
      for (const [path, y] of Object.entries(stored)) if (typeof y === 'number') positions[path] = y;
  } catch {
    // Storage unavailable or malformed: positions are kept for this page's life only.
  }
  return positions;
}

/** Notes where the reader is on `pathname`, as a navigation leaves it. */
export function rememberScroll(pathname: string): void {
  all()[pathname] = window.scrollY;
}

/** Where the reader left `pathname`, if they were there before. */
export const rememberedScroll = (pathname: string): number | undefined => all()[pathname];

/** As the page is left (closed, reloaded): keeps the positions for this tab's next load. */
export function storeScrollPositions(pathname: string): void {
  rememberScroll(pathname);
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(all()));
  } catch {
    // Storage full or refused: a reload opens at the top.
  }
}
