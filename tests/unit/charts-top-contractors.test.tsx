import { render, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDrawings } from '../../src/components/chart-card/lazy-drawing';
import { AppChartChrome } from '../../src/components/chart-card/app-chrome';
import { FixedChartWidthContext } from '../../src/components/chart-card/chart-frame';
import { topContractors } from '../../src/domain/aggregate/contractors';
import type { DatasetMeta } from '../../src/domain/dataset/types';
import { wrapName } from '../../src/features/charts/format';
import { TopContractorsChart } from '../../src/features/charts/top-contractors-chart';
import { TopContractorsView } from '../../src/features/charts/top-contractors-view';
import { LanguageProvider } from '../../src/lib/i18n/language';
import type { Locale } from '../../src/lib/i18n/locale';
import { sampleProjects } from './aggregate-arbitraries';

const meta: DatasetMeta = { asOf: '2023-12-29', isSample: true, publisher: 'Penerbit Uji', sourceUrl: 'x' };
const projects = sampleProjects();
const data = topContractors(projects);

function renderAt(width: number, node: ReactNode, locale: Locale = 'id') {
  return render(
    <LanguageProvider initial={locale}>
      <MemoryRouter>
        <FixedChartWidthContext.Provider value={width}>{node}</FixedChartWidthContext.Provider>
      </MemoryRouter>
    </LanguageProvider>,
  );
}

/** Each bar's left edge and width, px, from its path ("M x,y h width v height h -width Z"). */
function bars(container: HTMLElement): { x: number; width: number }[] {
  return [...container.querySelectorAll('.recharts-bar-rectangle path')].map((path) => {
    const match = /^M\s*(-?[\d.]+),-?[\d.]+\s*h\s*(-?[\d.]+)/.exec(path.getAttribute('d') ?? '');
    if (!match) throw new Error(`not a horizontal bar: ${path.getAttribute('d')}`);
    return { x: Number(match[1]), width: Number(match[2]) };
  });
}

const summaryOf = (container: HTMLElement) =>
  container.querySelector('.chart-card__summary')?.textContent ?? '';

// The cards load their drawings' code when they draw (lazyDrawing): have it here, as an embed does.
beforeAll(() => loadDrawings());

describe('names on the axis', () => {
  it('break between words, on at most the lines given, and end cut with an ellipsis', () => {
    expect(wrapName('PT Contoh Charlie Mandiri (fiktif)', 16)).toEqual(['PT Contoh', 'Charlie Mandiri…']);
    expect(wrapName('CV Alfa', 16)).toEqual(['CV Alfa']);
    // A name joined by a slash or hyphen breaks after it, not inside the next word.
    expect(wrapName('Persiapan/pemilihan', 18)).toEqual(['Persiapan/', 'pemilihan']);
    expect(wrapName('Sumber Daya Air-drainase', 18)).toEqual(['Sumber Daya Air-', 'drainase']);
    expect(wrapName('Pemeliharaanberkalajalan', 10)).toEqual(['Pemelihara', 'anberkala…']);
    expect(wrapName('PT ABCDEFGHIJKLMNOPQRSTU', 10)).toEqual(['PT', 'ABCDEFGHI…']);
    expect(wrapName('ABCDEFGHIJKLMNOPQRSTU', 10)).toEqual(['ABCDEFGHIJ', 'KLMNOPQRS…']);
    expect(wrapName('Satu Dua Tiga', 4, 3)).toEqual(['Satu', 'Dua', 'Tiga']);
    expect(wrapName('', 10)).toEqual([]);
  });
});

describe('the largest contractors chart', { timeout: 60_000 }, () => {
  it('is drawn from sample data that has contractors to rank', () => {
    expect(data.top).toHaveLength(10);
    expect(data.contractors).toBeGreaterThan(10);
  });

  it.each([360, 800])('draws each bar as long as its contract value, at %i px', (width) => {
    const { container } = renderAt(width, <TopContractorsChart projects={projects} meta={meta} />);
    const drawn = bars(container);
    expect(drawn).toHaveLength(data.top.length);
    // One baseline (zero) for every bar, and one scale: pixels per rupiah of the longest bar.
    expect(new Set(drawn.map((bar) => bar.x)).size).toBe(1);
    const perRupiah = drawn[0]!.width / data.top[0]!.contractValue;
    drawn.forEach((bar, i) => {
      expect(Math.abs(bar.width - data.top[i]!.contractValue * perRupiah)).toBeLessThan(0.5);
    });
    // The bars keep a readable share of a phone's width beside the names.
    expect(drawn[0]!.width).toBeGreaterThan(width * 0.3);
  });

  it('says how concentrated the value is, and the packages it cannot place', () => {
    const { container } = renderAt(800, <TopContractorsChart projects={projects} meta={meta} />);
    const share = ((data.top5Value / data.contractValue) * 100).toFixed(1).replace('.', ',');
    expect(summaryOf(container)).toMatch(
      new RegExp(
        `^5 penyedia terbesar memegang ${share} % dari total nilai kontrak ` +
          `\\(Rp [\\d,]+ M dari Rp [\\d,]+ M; ${data.contractors} penyedia\\)\\.`,
      ),
    );
    if (data.noContractor > 0)
      expect(summaryOf(container)).toContain(`${data.noContractor} paket tanpa nama penyedia`);
    expect(summaryOf(container)).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('links each contractor to its page, and keeps the full name in the list and the table', () => {
    const { container } = renderAt(360, <TopContractorsChart projects={projects} meta={meta} />);
    const list = within(container).getByRole('list', { name: 'Penyedia terbesar' });
    const links = within(list).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(data.top.map((c) => `/penyedia/${c.key}`));
    expect(links.map((a) => a.textContent)).toEqual(data.top.map((c) => c.name));
    const table = within(container).getByRole('table', { name: 'Penyedia terbesar' });
    const header = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(header).toEqual(['Peringkat', 'Penyedia', 'Jumlah paket', 'Nilai kontrak', 'Porsi (%)']);
    const first = within(table).getAllByRole('row')[1]!;
    expect(within(first).getByRole('link').textContent).toBe(data.top[0]!.name);
    // On the axis of a 360 px chart a long name is cut, with an ellipsis; never outside its room.
    // On the axis of a 360 px chart a long name takes two lines, then is cut with an ellipsis.
    const ticks = [...container.querySelectorAll('text.yAxis')].map((text) =>
      [...text.querySelectorAll('tspan')].map((line) => line.textContent ?? ''),
    );
    expect(ticks).toHaveLength(10);
    ticks.forEach((lines, i) => {
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.length).toBeLessThanOrEqual(2);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
      const shown = lines.join(' ').replace(/…$/, '');
      expect(`${i + 1}. ${data.top[i]!.name}`.startsWith(shown)).toBe(true);
    });
    expect(ticks.some((lines) => lines.length === 2)).toBe(true);
  });

  it('links into the app, in a new tab, where an embed gives no link of its own', () => {
    const { container } = renderAt(
      360,
      <AppChartChrome>
        <TopContractorsView data={data} meta={meta} />
      </AppChartChrome>,
    );
    const list = within(container).getByRole('list', { name: 'Penyedia terbesar' });
    const link = within(list).getAllByRole('link')[0]!;
    expect(link.getAttribute('href')).toMatch(new RegExp(`^https?://[^/]+/penyedia/${data.top[0]!.key}$`));
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.textContent).toBe(`${data.top[0]!.name} (tab baru)`);
  });

  it('speaks English with the same figures', () => {
    const { container } = renderAt(800, <TopContractorsChart projects={projects} meta={meta} />, 'en');
    expect(container.querySelector('h2')?.textContent).toBe('Largest contractors');
    expect(summaryOf(container)).toMatch(
      /^The 5 largest contractors hold \d+\.\d% of the total contract value/,
    );
  });
});
