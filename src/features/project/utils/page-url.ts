/**
 * The absolute address of a project page, for the QR code and shared links: the configured public
 * site when there is one (a print made on an intranet must still point at the public site), else
 * this app's own root.
 */
export function projectPageUrl(id: string, siteUrl: string | undefined, appRoot: string): string {
  const base = siteUrl?.trim() ? siteUrl.trim() : appRoot;
  return new URL(`proyek/${encodeURIComponent(id)}`, base.endsWith('/') ? base : `${base}/`).href;
}
