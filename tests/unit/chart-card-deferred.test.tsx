import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartCard } from '../../src/components/chart-card/chart-card';
import { DeferChartDrawingContext } from '../../src/components/chart-card/defer-drawing';
import { queueDrawing } from '../../src/components/drawing/drawing-queue';
import type { DatasetMeta } from '../../src/domain/dataset/types';
import { LanguageProvider } from '../../src/lib/i18n/language';

const renderChartPng = vi.hoisted(() =>
  vi.fn(async (_svg: SVGSVGElement) => new Blob(['png'], { type: 'image/png' })),
);
vi.mock('../../src/lib/download/chart-image', async (original) => ({
  ...(await original<typeof import('../../src/lib/download/chart-image')>()),
  renderChartPng,
}));
vi.mock('../../src/lib/download/save-file', async (original) => ({
  ...(await original<typeof import('../../src/lib/download/save-file')>()),
  saveBlob: vi.fn(),
}));

const meta: DatasetMeta = { asOf: '2023-12-29', isSample: false, publisher: 'Dinas', sourceUrl: 'x' };
const rows = [{ name: 'Babelan', pagu: 5 }];
const columns = [{ key: 'name', label: 'Kecamatan', value: (r: (typeof rows)[number]) => r.name }];

/** Stands in for the browser's observer: the test says when the chart comes near the viewport. */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  observed: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.instances.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.observed = [];
  }
  comeNear() {
    const entries = this.observed.map((target) => ({ target, isIntersecting: true }));
    this.callback(entries as unknown as IntersectionObserverEntry[], this as unknown as IntersectionObserver);
  }
}

function card(defer: boolean, isEmpty = false) {
  return (
    <LanguageProvider initial="id">
      <DeferChartDrawingContext.Provider value={defer}>
        <ChartCard
          chartId="uji"
          title="Judul"
          summary="Ringkasan satu kalimat."
          meta={meta}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.name}
          chartHeight={321}
          isEmpty={isEmpty}
        >
          <div className="recharts-wrapper">
            <svg className="recharts-surface" />
          </div>
        </ChartCard>
      </DeferChartDrawingContext.Provider>
    </LanguageProvider>
  );
}

const renderCard = (defer: boolean) => render(card(defer));

const drawing = () => document.querySelector('.recharts-surface');

describe('ChartCard drawing that waits for the viewport', () => {
  beforeEach(() => {
    FakeIntersectionObserver.instances = [];
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    // The queue is module state: let its last task run, so the next test starts with it idle.
    if (vi.isFakeTimers()) act(() => vi.runAllTimers());
    vi.useRealTimers();
  });

  it('draws at once outside a deferring page (embeds, slides)', () => {
    renderCard(false);
    expect(drawing()).toBeInTheDocument();
    expect(FakeIntersectionObserver.instances).toHaveLength(0);
  });

  it('draws at once where the viewport cannot be observed', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    renderCard(true);
    expect(drawing()).toBeInTheDocument();
  });

  it('keeps the words, the source and the table while the drawing waits, and draws when near', () => {
    vi.useFakeTimers();
    renderCard(true);
    expect(drawing()).not.toBeInTheDocument();
    const box = screen.getByRole('img', { name: 'Ringkasan satu kalimat.' });
    expect(box).toHaveStyle({ height: '321px' });
    expect(screen.getByRole('heading', { name: 'Judul' })).toBeInTheDocument();
    expect(screen.getByText(/Sumber: Dinas/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Judul' })).toHaveTextContent('Babelan');
    act(() => FakeIntersectionObserver.instances.at(-1)!.comeNear());
    // Drawn in a task of its own (the drawing queue), not inside the observer's callback.
    expect(drawing()).not.toBeInTheDocument();
    act(() => vi.runOnlyPendingTimers());
    expect(drawing()).toBeInTheDocument();
    expect(box).not.toHaveStyle({ height: '321px' });
  });

  it('watches the box that replaces the empty state (a filter that matched nothing, then some)', () => {
    vi.useFakeTimers();
    const { rerender } = render(card(true, true));
    expect(screen.getByRole('status')).toBeInTheDocument();
    rerender(card(true, false));
    const observer = FakeIntersectionObserver.instances.at(-1)!;
    expect(observer.observed).toEqual([screen.getByRole('img', { name: 'Ringkasan satu kalimat.' })]);
    act(() => observer.comeNear());
    act(() => vi.runOnlyPendingTimers());
    expect(drawing()).toBeInTheDocument();
  });

  it('draws before printing', () => {
    renderCard(true);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(drawing()).toBeInTheDocument();
  });

  it('draws a chart that was never scrolled to when its PNG is asked for', async () => {
    renderCard(true);
    await userEvent.click(screen.getByRole('button', { name: 'Unduh PNG' }));
    await waitFor(() => expect(renderChartPng).toHaveBeenCalledTimes(1));
    expect(renderChartPng.mock.calls[0]![0]).toBe(drawing());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('drawing queue', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws one chart per task, in order, and forgets one taken out', () => {
    vi.useFakeTimers();
    const drawn: string[] = [];
    queueDrawing(() => drawn.push('a'));
    const unqueueB = queueDrawing(() => drawn.push('b'));
    queueDrawing(() => drawn.push('c'));
    queueDrawing(() => drawn.push('d'));
    expect(drawn).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(drawn).toEqual(['a']);
    unqueueB();
    vi.advanceTimersToNextTimer();
    expect(drawn).toEqual(['a', 'c']);
    vi.runAllTimers();
    expect(drawn).toEqual(['a', 'c', 'd']);
    queueDrawing(() => drawn.push('e'));
    vi.runAllTimers();
    expect(drawn).toEqual(['a', 'c', 'd', 'e']);
  });
});
