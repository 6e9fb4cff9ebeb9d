import { act, useId, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { keepEarlyInput } from '../../src/lib/keep-early-input';

/** A search box and a select, controlled as the app's filter bar is; reports what React holds. */
function Filters({ onState, loaded = false }: { onState: (state: State) => void; loaded?: boolean }) {
  const [q, setQ] = useState('');
  const [kecamatan, setKecamatan] = useState('');
  // As the app's pages do when their data arrives: the loading frame gives way to a new form.
  return (
    <Form
      key={loaded ? 'loaded' : 'loading'}
      q={q}
      setQ={setQ}
      kecamatan={kecamatan}
      setKecamatan={setKecamatan}
      onState={onState}
    />
  );
}

interface State {
  q: string;
  kecamatan: string;
}

function Form(
  props: State & {
    setQ: (q: string) => void;
    setKecamatan: (k: string) => void;
    onState: (s: State) => void;
  },
) {
  const { q, setQ, kecamatan, setKecamatan, onState } = props;
  const id = useId();
  onState({ q, kecamatan });
  return (
    <form>
      <input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      <select id={`${id}-kecamatan`} value={kecamatan} onChange={(e) => setKecamatan(e.target.value)}>
        <option value="">Semua</option>
        <option value="babelan">Babelan</option>
        <option value="setu">Setu</option>
      </select>
    </form>
  );
}

// The page the build drew: the same fields, with the ids React writes on the server.
const DRAWN = `<div class="shell"><form>
  <input id="_R_3a9_-q" type="search" value="">
  <select id="_R_3a9_-kecamatan"><option value="">Semua</option><option value="babelan">Babelan</option><option value="setu">Setu</option></select>
</form></div>`;

let container: HTMLElement;
afterEach(() => container.remove());

async function renderOverDrawnPage(typed?: (drawn: HTMLElement) => void) {
  container = document.createElement('div');
  container.append(document.createRange().createContextualFragment(DRAWN));
  document.body.append(container);
  typed?.(container);
  keepEarlyInput(container);
  let state = { q: '', kecamatan: '' };
  const root = createRoot(container);
  const onState = (next: State) => (state = next);
  await act(async () => root.render(<Filters onState={onState} />));
  const load = () => act(async () => root.render(<Filters onState={onState} loaded />));
  return { state: () => state, root, load };
}

it('hands what the reader typed and picked in the drawn page to the app, with the focus', async () => {
  const { state, root } = await renderOverDrawnPage((drawn) => {
    const search = drawn.querySelector('input')!;
    search.focus();
    search.value = 'jalan';
    search.setSelectionRange(2, 2);
    drawn.querySelector('select')!.value = 'setu';
  });
  expect(state()).toEqual({ q: 'jalan', kecamatan: 'setu' });
  const live = container.querySelector('input')!;
  expect(live.id).toMatch(/^_r_/);
  expect(document.activeElement).toBe(live);
  expect([live.selectionStart, live.selectionEnd]).toEqual([2, 2]);
  root.unmount();
});

it('keeps the focus in the field when the loaded page mounts it anew', async () => {
  const { state, root, load } = await renderOverDrawnPage((drawn) => {
    const search = drawn.querySelector('input')!;
    search.focus();
    search.value = 'jalan';
  });
  const first = container.querySelector('input')!;
  await load();
  const remounted = container.querySelector('input')!;
  expect(remounted).not.toBe(first);
  expect(document.activeElement).toBe(remounted);
  expect(state().q).toBe('jalan');
  root.unmount();
});

it('changes nothing when the reader did nothing', async () => {
  const { state, root } = await renderOverDrawnPage();
  expect(state()).toEqual({ q: '', kecamatan: '' });
  expect(document.activeElement).toBe(document.body);
  root.unmount();
});

it('leaves the focus alone once the reader has left the drawn field', async () => {
  const { state, root } = await renderOverDrawnPage((drawn) => {
    const search = drawn.querySelector('input')!;
    search.focus();
    search.value = 'x';
    search.blur();
  });
  expect(state().q).toBe('x');
  expect(document.activeElement).toBe(document.body);
  root.unmount();
});
