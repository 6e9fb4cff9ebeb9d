import { act, Suspense, useRef, useState } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, it, vi } from 'vitest';
import { PageCommitted, PageCommittedContext } from '../../src/lib/after-first-commit';
import { inlineDrawnSizes } from '../../src/lib/drawn-sizes';
import { keepEarlyInputHydrated } from '../../src/lib/keep-early-input';
import { useDrawWhenNear } from '../../src/components/drawing/use-draw-when-near';

/*
 * A project page the build drew is hydrated by the app (main.tsx): the same elements, taken over.
 * What the reader did to them before, and the sizes the build moved out of style attributes, must
 * reach the app; and what the app renders first must be what the build drew.
 */

interface State {
  q: string;
  kecamatan: string;
}

function Form({ onState }: { onState: (state: State) => void }) {
  const [q, setQ] = useState('');
  const [kecamatan, setKecamatan] = useState('');
  onState({ q, kecamatan });
  return (
    <form>
      <input type="search" aria-label="cari" value={q} onChange={(e) => setQ(e.target.value)} />
      <select aria-label="kecamatan" value={kecamatan} onChange={(e) => setKecamatan(e.target.value)}>
        <option value="">Semua</option>
        <option value="setu">Setu</option>
      </select>
    </form>
  );
}

/** As app-layout.tsx places it: the page, then the signal, in the page's Suspense boundary. */
function Page({ onState }: { onState: (state: State) => void }) {
  return (
    <Suspense fallback={null}>
      <Form onState={onState} />
      <PageCommitted />
    </Suspense>
  );
}

let container: HTMLElement;
afterEach(() => container.remove());

function drawnPage(markup: string): HTMLElement {
  container = document.createElement('div');
  container.append(document.createRange().createContextualFragment(markup));
  document.body.append(container);
  return container;
}

it('hands what the reader typed and picked before hydration to the app, in the same fields', async () => {
  const root = drawnPage(renderToString(<Page onState={() => undefined} />));
  const search = root.querySelector('input')!;
  search.focus();
  search.value = 'jalan';
  const tell = keepEarlyInputHydrated(root);
  // Picked after the page's script started, before React took the field over.
  const select = root.querySelector('select')!;
  select.value = 'setu';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  let state: State = { q: '', kecamatan: '' };
  const recovered = vi.fn();
  const committed = vi.fn(tell);
  await act(async () => {
    hydrateRoot(
      root,
      <PageCommittedContext value={committed}>
        <Page onState={(next) => (state = next)} />
      </PageCommittedContext>,
      { onRecoverableError: recovered },
    );
  });
  expect(recovered).not.toHaveBeenCalled();
  expect(committed).toHaveBeenCalledTimes(1);
  expect(state).toEqual({ q: 'jalan', kecamatan: 'setu' });
  expect(root.querySelector('input')).toBe(search);
  expect(document.activeElement).toBe(search);
  expect(search.value).toBe('jalan');
});

it('changes nothing when the reader did nothing before hydration', async () => {
  const root = drawnPage(renderToString(<Page onState={() => undefined} />));
  const tell = keepEarlyInputHydrated(root);
  let renders = 0;
  await act(async () => {
    hydrateRoot(
      root,
      <PageCommittedContext value={tell}>
        <Page onState={() => (renders += 1)} />
      </PageCommittedContext>,
    );
  });
  expect(renders).toBe(1);
  expect(root.querySelector('input')!.value).toBe('');
});

function Card() {
  const ref = useRef<HTMLDivElement>(null);
  const { drawn } = useDrawWhenNear(ref, true);
  return <div ref={ref} data-drawn={drawn} />;
}

it('draws a deferred drawing neither in the build nor in the render that hydrates it', async () => {
  // jsdom has no IntersectionObserver: a client render draws at once, as before.
  const html = renderToString(<Card />);
  expect(html).toContain('data-drawn="false"');
  const root = drawnPage(html);
  const recovered = vi.fn();
  await act(async () => {
    hydrateRoot(root, <Card />, { onRecoverableError: recovered });
  });
  expect(recovered).not.toHaveBeenCalled();
  // Once hydrated, the browser's own render (no observer to wait for) draws it.
  expect(root.querySelector('div')!.dataset.drawn).toBe('true');
  const client = drawnPage('');
  await act(async () => createRoot(client).render(<Card />));
  expect(client.querySelector('div')!.dataset.drawn).toBe('true');
});

it("moves the build's size rules into the elements' own style, once the page is the app's", () => {
  const sheet = document.createElement('style');
  sheet.textContent = "[data-pb-style='0']{height:320px}\n[data-pb-style='1']{width:12px;overflow:hidden}";
  document.head.append(sheet);
  const root = drawnPage(
    '<div data-pb-style="0"></div><svg data-pb-style="1"></svg><p data-pb-style="9"></p>',
  );
  inlineDrawnSizes(root);
  const [box, svg, unknown] = [...root.children] as [HTMLElement, SVGElement, HTMLElement];
  expect(box.style.height).toBe('320px');
  expect(box.hasAttribute('data-pb-style')).toBe(false);
  expect([svg.style.width, svg.style.overflow]).toEqual(['12px', 'hidden']);
  // No rule for it: the element keeps its mark, and with it whatever size the sheet gives.
  expect(unknown.getAttribute('data-pb-style')).toBe('9');
  sheet.remove();
});
