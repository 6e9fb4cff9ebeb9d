import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { FixedChartWidthContext } from '../../components/chart-card/chart-frame';
import type { DatasetMeta } from '../../domain/dataset/types';
import { chartTitle, type ChartId } from '../../features/charts/chart-ids';
import { decodeEmbedFile } from '../../features/charts/embed-file';
import { EmbedFrame } from '../../features/embed/embed-frame';
import { LanguageProvider } from '../../lib/i18n/language';
import type { AppConfig } from '../../lib/config';
import { EMBED_VIEWS } from '../chart-views';
import { EmbedShown } from '../embed-app';
import { readEmbedRequest } from '../request';
import { textVersion } from '../version';
import { cleanStaticMarkup, staticWidthClass } from './static-markup';
import { chartCardMessages } from '../../components/chart-card/messages';
import {
  cardChartRoom,
  chartWidthToFill,
  SOCIAL_CARD_SIZE,
  type SocialCardContent,
} from '../../lib/download/social-card';
import { provenanceLine } from '../../domain/format/as-of';

export interface RenderedEmbed {
  /** The markup of #root: the chart card with one static drawing per width. */
  html: string;
  title: string;
  /** What a link preview shows (tools/social/social-card.ts draws it into a PNG). */
  social: SocialCardContent;
}

/** Lets React's scheduler and Recharts' store settle (its layout passes run in later tasks). */
const settle = () => new Promise<void>((done) => setTimeout(done, 0));

async function drawAt(node: ReactNode, width: number): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() =>
    root.render(<FixedChartWidthContext.Provider value={width}>{node}</FixedChartWidthContext.Provider>),
  );
  for (let i = 0; i < 20 && !container.querySelector('.recharts-surface .recharts-layer'); i++)
    await settle();
  await settle();
  const copy = container.cloneNode(true) as HTMLElement;
  root.unmount();
  container.remove();
  return copy;
}

/**
 * One programme chart's embed as it first looks, drawn in the build with the embed's own
 * components and Recharts (jsdom; tools/vite/embed-prerender.ts) from the published
 * embed/<chart>.json, at each of `widths`. The page shows the drawing that fits its width before any
 * script runs; the embed's script then draws the same chart at the exact width over it.
 */
export async function renderEmbedChart(
  chart: ChartId,
  fileText: string,
  config: AppConfig,
  widths: readonly number[],
): Promise<RenderedEmbed> {
  const file = decodeEmbedFile(JSON.parse(fileText), chart, undefined);
  const { View } = await EMBED_VIEWS[chart]();
  const meta: DatasetMeta = {
    ...file.meta,
    sourceUrl: new URL(config.dataUrl, config.siteUrl || 'https://pantaubangun.invalid/').href,
  };
  const request = readEmbedRequest(`/embed/${chart}`, '');
  const page = (
    <LanguageProvider initial="id">
      <EmbedFrame chart={chart}>
        <EmbedShown
          request={request}
          loaded={{
            config,
            content: { kind: 'chart', chart, meta, data: file.data, filters: {}, names: {}, View },
          }}
        />
      </EmbedFrame>
    </LanguageProvider>
  );
  const drawings = [];
  for (const width of widths) drawings.push(await drawAt(page, width));
  const [first] = drawings;
  if (!first) throw new Error('no width to draw at');
  const box = first.querySelector('.chart-card__chart');
  const chartHeight = Number(box?.querySelector('svg.recharts-surface')?.getAttribute('height')) || 400;
  if (box) {
    box.replaceChildren(
      ...drawings.map((drawing, i) => {
        const svg = drawing.querySelector('.chart-card__chart svg.recharts-surface');
        if (!svg) throw new Error(`${chart}: Recharts drew nothing at ${widths[i]} px`);
        const holder = document.createElement('div');
        holder.className = `embed-static__drawing ${staticWidthClass(widths[i]!)}`;
        holder.append(svg);
        return holder;
      }),
    );
  }
  // A filtered address shows this instead of the drawing of every project (embed.css).
  const main = first.querySelector('main');
  main?.classList.add('embed-static');
  // Which published file it was drawn from: the script draws anew when the file has changed since.
  main?.setAttribute('data-version', textVersion(fileText));
  const placeholder = document.createElement('p');
  placeholder.className = 'loading embed-static-placeholder';
  placeholder.textContent = 'Memuat grafik…';
  first.querySelector('.chart-card__title')?.after(placeholder);
  // The link preview's text: its provenance lines are the PNG download's.
  const t = chartCardMessages.id;
  const text = {
    title: chartTitle(chart, 'id'),
    summary: first.querySelector('.chart-card__summary')?.textContent?.trim() ?? '',
    lines: [provenanceLine(meta, 'id'), ...(config.siteUrl ? [`${t.site}: ${config.siteUrl}`] : [])],
    sampleLabel: meta.isSample ? t.sample : undefined,
  };
  // Drawn once more for the link preview, at the width that gives it the shape of the card's room
  // for its chart (its height is set by its rows): drawn wide, a tall chart was shrunk into an island.
  const width = chartWidthToFill(cardChartRoom(text, SOCIAL_CARD_SIZE), chartHeight);
  const drawn = await drawAt(page, width);
  const socialSvg = drawn.querySelector('.chart-card__chart svg.recharts-surface');
  if (!socialSvg) throw new Error(`${chart}: Recharts drew nothing at ${width} px`);
  const social: SocialCardContent = {
    ...text,
    chart: {
      width: Number(socialSvg.getAttribute('width')) || width,
      height: Number(socialSvg.getAttribute('height')) || chartHeight,
      body: socialSvg.innerHTML,
    },
  };
  return { html: cleanStaticMarkup(first), title: `${chartTitle(chart, 'id')} — PantauBangun`, social };
}
