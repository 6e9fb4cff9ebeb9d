import { renderToStaticMarkup } from 'react-dom/server';
import { chartCardMessages } from '../components/chart-card/messages';
import { statusLabel } from '../components/labels/domain-labels';
import { headlineFigures } from '../domain/aggregate/headline';
import { readBoundaryCollection, type BoundaryCollection } from '../domain/geo/boundaries';
import { asOfLine, provenanceLine } from '../domain/format/as-of';
import { formatNumber, formatPercent, formatRupiahShort } from '../domain/format/number';
import { STATUS_COLOURS, statusLegendCounts } from '../domain/map/colours';
import type { DatasetMeta } from '../domain/dataset/types';
import type { Project } from '../domain/project/types';
import { decodeIndex } from '../domain/publish/index-file';
import { readConfig, resolveAppUrl } from '../lib/config';
import { StatusMap } from '../features/presentation/slides/status-map';
import { escapeXml, type SocialCardContent } from '../lib/download/social-card';

export interface HomePreview {
  title: string;
  description: string;
  card: SocialCardContent;
}

/** The map slide's drawing (the same SVG the deck shows), without its outer element. */
function mapSvg(projects: readonly Project[], boundaries: BoundaryCollection | undefined, label: string) {
  const markup = renderToStaticMarkup(
    <StatusMap
      projects={projects}
      boundaries={boundaries}
      label={label}
      statusLabel={(status) => statusLabel(status, 'id')}
      countLabel={String}
    />,
  );
  const svg = /<svg[^>]*viewBox="0 0 (\d+) (\d+)"[^>]*>([\s\S]*)<\/svg>/.exec(markup);
  return svg ? { width: Number(svg[1]), height: Number(svg[2]), body: svg[3]! } : undefined;
}

/**
 * Each status with its count, drawn beside the map: colour is never the only key. Its text is
 * sized to the map (about fifteen lines to its height), so both read at the card's scale.
 */
function legendSvg(projects: readonly Project[], x: number, mapHeight: number) {
  const font = Math.round(mapHeight / 15);
  const row = Math.round(font * 1.6);
  const lines = statusLegendCounts(projects).map(({ status, count }) => ({
    status,
    text: `${statusLabel(status, 'id')}: ${formatNumber(count)}`,
  }));
  const body = lines.map(({ status, text }, i) => {
    const y = i * row;
    const colour = STATUS_COLOURS[status];
    const swatch =
      status === 'kritis'
        ? `<rect x="${x}" y="${y}" width="${font}" height="${font}" fill="${colour}"/>`
        : `<circle cx="${x + font / 2}" cy="${y + font / 2}" r="${font / 2}" fill="${colour}"/>`;
    return `${swatch}<text x="${x + font * 1.5}" y="${y + font * 0.85}" font-size="${font}" fill="#1a1a1a">${escapeXml(text)}</text>`;
  });
  const longest = Math.max(0, ...lines.map((line) => line.text.length));
  return {
    width: Math.ceil(font * 1.5 + longest * font * 0.6),
    height: lines.length * row,
    body: body.join(''),
  };
}

/**
 * The map page's link preview (og:image of /): every work on the kecamatan map coloured by status,
 * the count of each status beside it, and the headline figures in words, each with the data's date
 * and the sample label. The build draws it from the published index, as the page would show it.
 */
export function homePreview(
  projects: readonly Project[],
  meta: DatasetMeta,
  boundaries: BoundaryCollection | undefined,
  siteUrl?: string,
): HomePreview {
  const t = chartCardMessages.id;
  const figures = headlineFigures(projects);
  const year = meta.asOf.slice(0, 4);
  // The host serves this page for every address of the map, a filtered one too: the preview says
  // that it is of all the projects, so no reader takes its figures for the filter's.
  const title = `Semua proyek Kabupaten Bekasi ${year}`;
  const packages = `Semua ${formatNumber(figures.packages)} paket`;
  const pagu = `pagu ${formatRupiahShort(figures.pagu)}`;
  const kritis = `${formatNumber(figures.kritis)} indikasi kritis`;
  const physical =
    figures.physicalPercent !== undefined
      ? `progres fisik ${formatPercent(figures.physicalPercent)} (tertimbang nilai kontrak)`
      : undefined;
  // One line on the picture; the description has room for the progress too.
  const summary = [packages, pagu, kritis].join(' · ');
  const facts = [packages, pagu, physical, kritis].filter(Boolean).join(' · ');
  const label = `Peta Kabupaten Bekasi dengan ${formatNumber(projects.length)} pekerjaan berwarna menurut status`;
  const map = mapSvg(projects, boundaries, label) ?? { width: 1000, height: 600, body: '' };
  const gap = Math.round(map.height / 20);
  const legend = legendSvg(projects, map.width + gap, map.height);
  const description = `${facts}. ${asOfLine(meta)}.${meta.isSample ? ` ${t.sample}.` : ''}`;
  return {
    title,
    description,
    card: {
      title,
      summary,
      lines: [provenanceLine(meta), ...(siteUrl ? [`${t.site}: ${siteUrl}`] : [])],
      sampleLabel: meta.isSample ? t.sample : undefined,
      chart: {
        width: map.width + gap + legend.width,
        height: Math.max(map.height, legend.height),
        body: map.body + legend.body,
      },
    },
  };
}

/**
 * The map page's preview from the build's published files (index.json and the kecamatan outlines):
 * undefined when the index cannot be read, and then the page keeps its plain description.
 */
export function homePreviewFromFiles(
  configJson: unknown,
  indexText: string,
  boundariesText: string | undefined,
): HomePreview | undefined {
  const config = readConfig(configJson);
  try {
    const index = decodeIndex(JSON.parse(indexText), resolveAppUrl(config.dataUrl));
    const boundaries = boundariesText ? readBoundaryCollection(JSON.parse(boundariesText)) : undefined;
    return homePreview(index.projects, index.meta, boundaries, config.siteUrl);
  } catch {
    return undefined;
  }
}
