/**
 * The data files this page has read. On a first visit they come from the network before the
 * offline worker controls the page, so the worker has no copy; once it does, the page asks for
 * them again through it (sw/register.ts), and a reload without a network still finds them.
 */
const fetched = new Set<string>();

export function rememberFetched(url: string): void {
  fetched.add(url);
}

export function fetchedUrls(): string[] {
  return [...fetched];
}
