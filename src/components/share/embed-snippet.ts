/**
 * The embed code an influencer pastes into a blog: a plain lazy iframe (the Our World in Data
 * shape) plus our small static listener script that resizes it. Every value is escaped for an HTML
 * attribute, because the title comes from the data (a project's name) and is untrusted.
 */

/** Tall enough for a chart card with its caption on a phone; the listener corrects it at once. */
export const EMBED_DEFAULT_HEIGHT = 560;

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
  '`': '&#96;',
};

/** Escapes text for a double-quoted HTML attribute (quotes, angle brackets, ampersands). */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>`]/g, (char) => ATTRIBUTE_ESCAPES[char]!);
}

export interface EmbedSnippetInput {
  /** Absolute http(s) URL of the embed page. */
  src: string;
  /** Read by screen readers to name the frame. */
  title: string;
  /** Absolute URL of embed.js on our site. */
  scriptSrc: string;
  height?: number;
}

function httpUrl(value: string): string {
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`not an http(s) URL: ${value}`);
  return url.href;
}

/** Control characters and line breaks would break the pasted line; spaces carry the meaning. */
const oneLine = (text: string) => text.replace(/\p{Cc}+/gu, ' ').trim();

export function embedSnippet({
  src,
  title,
  scriptSrc,
  height = EMBED_DEFAULT_HEIGHT,
}: EmbedSnippetInput): string {
  const safeHeight = Math.round(
    Math.min(Math.max(Number.isFinite(height) ? height : EMBED_DEFAULT_HEIGHT, 200), 4000),
  );
  const iframe =
    `<iframe src="${escapeAttribute(httpUrl(src))}" title="${escapeAttribute(oneLine(title))}"` +
    ` width="100%" height="${safeHeight}" loading="lazy"` +
    ` style="width:100%;max-width:100%;border:0" data-pantaubangun-embed></iframe>`;
  const script = `<script src="${escapeAttribute(httpUrl(scriptSrc))}" async></script>`;
  return `${iframe}\n${script}`;
}
