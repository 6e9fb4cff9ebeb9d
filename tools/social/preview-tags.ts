import { escapeXml, SOCIAL_CARD_SIZE } from '../../src/lib/download/social-card';

export interface PreviewTagsInput {
  /** 'website' for a chart page, 'article' for one project's page. */
  type: 'website' | 'article';
  title: string;
  description: string;
  /** The drawn card (SOCIAL_CARD_SIZE), absolute where the host's address is known. */
  image: { url: string; alt: string };
}

/**
 * A page's link preview tags (Open Graph, read by WhatsApp, Facebook, X and Telegram), every text
 * escaped: titles and descriptions come from the data.
 */
export function previewTags({ type, title, description, image }: PreviewTagsInput): string {
  return [
    `<meta property="og:type" content="${type}" />`,
    `<meta property="og:site_name" content="PantauBangun" />`,
    `<meta property="og:title" content="${escapeXml(title)}" />`,
    `<meta property="og:description" content="${escapeXml(description)}" />`,
    `<meta property="og:image" content="${escapeXml(image.url)}" />`,
    `<meta property="og:image:width" content="${SOCIAL_CARD_SIZE.width}" />`,
    `<meta property="og:image:height" content="${SOCIAL_CARD_SIZE.height}" />`,
    `<meta property="og:image:alt" content="${escapeXml(image.alt)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
  ]
    .map((tag) => `    ${tag}`)
    .join('\n');
}

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/**
 * A preview picture's address: under config.json's siteUrl when the host set one (a preview needs
 * an absolute address); otherwise the path under the base, which some apps still resolve.
 */
export const imageUrl = (file: string, base: string, siteUrl?: string): string =>
  siteUrl ? new URL(file, withSlash(siteUrl)).href : `${base}${file}`;

const DESCRIPTION = /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/;

/** The page's own description (search engines, apps without Open Graph) says what its preview says. */
export function withDescription(html: string, description: string): string {
  const tag = `<meta name="description" content="${escapeXml(description)}" />`;
  // A function, not a string, as the replacement: "$&" in a text from the data must stay text.
  return DESCRIPTION.test(html)
    ? html.replace(DESCRIPTION, () => tag)
    : html.replace('</head>', () => `${tag}</head>`);
}
