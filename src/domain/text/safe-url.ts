/**
 * Returns the URL only when it is an absolute http(s) link. Data is untrusted: `javascript:`,
 * `data:`, `vbscript:` and relative or malformed URLs are never rendered as links.
 */
export function safeHttpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
