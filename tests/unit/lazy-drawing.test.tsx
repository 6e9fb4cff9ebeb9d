import { act, render, screen } from '@testing-library/react';
import { flushSync } from 'react-dom';
import { describe, expect, it, vi } from 'vitest';
import { lazyDrawing } from '../../src/components/chart-card/lazy-drawing';
import { LanguageProvider } from '../../src/lib/i18n/language';

interface Props {
  height: number;
  label: string;
}

function Drawn({ label }: Props) {
  return <svg data-testid="drawn" aria-label={label} />;
}

/** A module load the test settles by hand. */
function deferredLoad() {
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const load = () =>
    new Promise<typeof Drawn>((resolve, reject) => {
      settle = { resolve: () => resolve(Drawn), reject };
    });
  return { load, settle: () => settle };
}

const inPage = (node: React.ReactNode) => <LanguageProvider initial="id">{node}</LanguageProvider>;

describe('lazyDrawing', () => {
  it('keeps the drawing’s height and says it is loading, then draws when its module arrives', async () => {
    const { load, settle } = deferredLoad();
    const Drawing = lazyDrawing(load);
    const { container } = render(inPage(<Drawing height={321} label="kurva" />));
    const box = container.querySelector<HTMLElement>('.chart-frame--waiting')!;
    expect(box.style.height).toBe('321px');
    expect(box.textContent).toBe('Memuat grafik…');
    await act(async () => settle().resolve());
    expect(screen.getByTestId('drawn').getAttribute('aria-label')).toBe('kurva');
    expect(container.querySelector('.chart-frame--waiting')).toBeNull();
  });

  it('says the chart could not be loaded and points to the table, and tries again on the next draw', async () => {
    const { load, settle } = deferredLoad();
    const Drawing = lazyDrawing(load);
    const first = render(inPage(<Drawing height={200} label="a" />));
    await act(async () => settle().reject(new Error('offline')));
    expect(first.container.textContent).toContain('tabel data');
    first.unmount();
    render(inPage(<Drawing height={200} label="b" />));
    await act(async () => settle().resolve());
    expect(screen.getByTestId('drawn').getAttribute('aria-label')).toBe('b');
  });

  it('draws inside a synchronous render once its module has loaded (what printing needs)', async () => {
    const { load, settle } = deferredLoad();
    const Drawing = lazyDrawing(load);
    const first = render(inPage(<Drawing height={200} label="first" />));
    await act(async () => settle().resolve());
    first.unmount();
    const host = document.createElement('div');
    document.body.append(host);
    const { rerender } = render(inPage(<p>nothing yet</p>), { container: host });
    flushSync(() => rerender(inPage(<Drawing height={200} label="printed" />)));
    expect(screen.getByTestId('drawn').getAttribute('aria-label')).toBe('printed');
  });
});

describe('loadDrawings', () => {
  it('loads every drawing made so far, so each draws in its first render, and survives a failed one', async () => {
    // A registry of its own: the drawings above include loads that never settle.
    vi.resetModules();
    const fresh = await import('../../src/components/chart-card/lazy-drawing');
    const { LanguageProvider: FreshLanguage } = await import('../../src/lib/i18n/language');
    const Drawing = fresh.lazyDrawing<Props>(() => Promise.resolve(Drawn));
    const Broken = fresh.lazyDrawing<Props>(() => Promise.reject(new Error('offline')));
    await fresh.loadDrawings();
    const { container } = render(
      <FreshLanguage initial="id">
        <Drawing height={100} label="first frame" />
        <Broken height={100} label="never" />
      </FreshLanguage>,
    );
    expect(screen.getByTestId('drawn').getAttribute('aria-label')).toBe('first frame');
    expect(container.querySelectorAll('.chart-frame--waiting')).toHaveLength(1);
  });
});
