import { SHARE_PARAMS } from '../../domain/route-state/param-names';
import { resolveAppUrl } from '../../lib/config';

/** "?kecamatan=…&proyek=…" with only the public parameters, in a stable order; "" when none. */
export function publicQuery(
  search: string | URLSearchParams,
  overrides: Record<string, string | undefined> = {},
) {
  const current = typeof search === 'string' ? new URLSearchParams(search) : search;
  const kept = new URLSearchParams();
  for (const name of SHARE_PARAMS) {
    const value = name in overrides ? overrides[name] : current.get(name);
    if (value) kept.set(name, value);
  }
  const query = kept.toString();
  return query ? `?${query}` : '';
}

/** Absolute address of an app path ("/statistik?…#…"), under the app's base path. */
export function appUrl(path: string): string {
  return resolveAppUrl(path.replace(/^\//, ''));
}

export type ShareTargetId = 'whatsapp' | 'x' | 'facebook' | 'telegram';

export interface ShareTarget {
  id: ShareTargetId;
  label: string;
  href: string;
}

/** The services residents in Bekasi use, each with the text and link prefilled. */
export function shareTargets(url: string, text: string): ShareTarget[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(text);
  return [
    {
      id: 'whatsapp',
      label: 'WhatsApp',
      href: `https://wa.me/?text=${encodeURIComponent(`${text} ${url}`)}`,
    },
    { id: 'x', label: 'X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { id: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { id: 'telegram', label: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
  ];
}
