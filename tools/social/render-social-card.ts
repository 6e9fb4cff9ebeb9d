import { Resvg } from '@resvg/resvg-js';
import { socialCardSvg, SOCIAL_CARD_SIZE, type SocialCardContent } from '../../src/lib/download/social-card';

/**
 * A link preview as PNG bytes, drawn on Node with resvg from the card's SVG. Text uses the system's
 * fonts (DejaVu or Liberation on Debian, installed with Chromium); the chart's DOM serialization
 * may carry HTML's &nbsp;, which XML does not know.
 */
export function renderSocialCard(content: SocialCardContent): Buffer {
  const chart = { ...content.chart, body: content.chart.body.replace(/&nbsp;/g, '&#160;') };
  const svg = socialCardSvg({ ...content, chart });
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: SOCIAL_CARD_SIZE.width },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
