/**
 * A short fingerprint of a published chart file's text (FNV-1a, 32 bits): the page the build drew
 * carries the one it was drawn from, so the embed's script can tell whether the file it fetched
 * still says the same (else the data was published again since, and the script draws it anew).
 */
export function textVersion(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
