import { createSearchStore } from '../../src/lib/route-state/search-store';

function setup(initial = '') {
  const navigations: string[] = [];
  const store = createSearchStore(initial, (search) => navigations.push(search));
  const listener = vi.fn();
  store.subscribe(listener);
  const write = (text: string) => store.write(new URLSearchParams(text), { replace: true });
  const shown = () => store.getSnapshot().toString();
  return { store, navigations, listener, write, shown };
}

describe('the search store', () => {
  it('shows a write at once and sends it to the URL', () => {
    const { navigations, listener, write, shown } = setup('?q=jalan');
    write('q=jalan&kecamatan=babelan');
    expect(shown()).toBe('q=jalan&kecamatan=babelan');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(navigations).toEqual(['q=jalan&kecamatan=babelan']);
  });

  it('keeps the snapshot object until the parameters change', () => {
    const { store, write, navigations } = setup('a=1');
    const first = store.getSnapshot();
    write('a=1');
    expect(store.getSnapshot()).toBe(first);
    expect(navigations).toEqual([]);
  });

  it('keeps quick writes while the URL catches up with the older ones', () => {
    const { store, write, shown } = setup();
    write('kecamatan=babelan');
    write('kecamatan=bojongmangu');
    write('kecamatan=bojongmangu&kategori=jalan');
    // The router renders the first write, then skips to the last.
    expect(store.sync('?kecamatan=babelan')).toBe(false);
    expect(shown()).toBe('kecamatan=bojongmangu&kategori=jalan');
    expect(store.sync('?kecamatan=bojongmangu&kategori=jalan')).toBe(false);
    expect(shown()).toBe('kecamatan=bojongmangu&kategori=jalan');
  });

  it('does not go back to an older write that reaches the URL after a newer one', () => {
    const { store, write, shown } = setup();
    write('kecamatan=babelan');
    write('kecamatan=babelan&kategori=jalan');
    store.sync('?kecamatan=babelan&kategori=jalan');
    // A stale render of the first write: not ours any more, so it is a real navigation.
    expect(store.sync('?kecamatan=babelan')).toBe(true);
    expect(shown()).toBe('kecamatan=babelan');
  });

  it('takes the URL when it changes for another reason (Back, a link)', () => {
    const { store, write, shown, listener } = setup('kecamatan=babelan');
    write('kecamatan=babelan&kategori=jalan');
    expect(store.sync('?status=kritis')).toBe(true);
    expect(shown()).toBe('status=kritis');
    // Listeners are told by notify(), so sync can run during a render.
    expect(listener).toHaveBeenCalledTimes(1);
    store.notify();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('changes nothing when the same location is synced twice (a render repeated)', () => {
    const { store, shown } = setup('a=1');
    expect(store.sync('?b=2')).toBe(true);
    expect(store.sync('?b=2')).toBe(false);
    expect(shown()).toBe('b=2');
  });

  it('reads parameters in the URL spelling, so equal queries compare equal', () => {
    const { store } = setup('q=jalan%20raya');
    expect(store.sync('?q=jalan+raya')).toBe(false);
  });
});
