import { postHeightToHost } from '../features/embed/post-height';
import type { ViewLoaders } from './chart-views';
import type { LoadedEmbed } from './content';
import { loadEmbedData } from './load';
import type { Handover, mountEmbed } from './mount';
import { readEmbedRequest } from './request';
import type { preloadLaterModules } from './later-modules';

/** The language a reader chose on an earlier visit (lib/i18n/language.tsx keeps it under this key). */
function storedLocaleIsEnglish(): boolean {
  try {
    return localStorage.getItem('pantaubangun:bahasa') === 'en';
  } catch {
    return false;
  }
}

/**
 * Whether the static drawing on show has the room it was drawn for. One a little narrower than
 * its frame stays (embed.css shows the widest that fits): redrawing it only to fill the frame
 * would cost the host page's phone a long task of script for the same figures.
 */
function drawingFits(page: HTMLElement): boolean {
  const shown = [...page.querySelectorAll<HTMLElement>('.embed-static__drawing')].find(
    (drawing) => getComputedStyle(drawing).display !== 'none',
  );
  const drawn = Number(shown?.querySelector('svg')?.getAttribute('width'));
  const room = shown?.parentElement?.clientWidth ?? 0;
  return drawn > 0 && room >= drawn;
}

/**
 * When the page the build drew must give way to the live chart: at once when it does not show
 * what this address asks for (a filter, English, data published since) or has no room, else when
 * the reader reaches for the chart (pointer, touch, focus, the menu button: tooltips, the menu) or
 * the frame becomes too narrow for it. Until then the chart on screen is already the right one,
 * and no script draws anything on the host page's phone.
 */
function whenLiveNeeded(page: HTMLElement, loading: Promise<LoadedEmbed>): Promise<Handover> {
  const filtered = document.documentElement.hasAttribute('data-embed-view');
  if (filtered || storedLocaleIsEnglish() || !drawingFits(page)) return Promise.resolve({});
  return new Promise((resolve) => {
    const reaching = ['pointerover', 'touchstart', 'focusin', 'click'] as const;
    let observer: ResizeObserver | undefined;
    function done(handover: Handover) {
      for (const type of reaching) page.removeEventListener(type, onReach, true);
      observer?.disconnect();
      // Pointing at the menu button starts the live page; the click that follows may still land
      // on the drawn one while the live page loads: it opens the live menu once that is shown.
      page.addEventListener('click', (event) => {
        if (!(event.target as Element | null)?.closest('.embed-footer__menu-button')) return;
        event.preventDefault();
        handover.openMenu = true;
      });
      resolve(handover);
    }
    function onReach(event: Event) {
      const target = event.target as Element | null;
      const control = target?.closest('a[href], button, select, textarea, input, [tabindex="0"]');
      const controls = [...page.querySelectorAll('a[href], button, select, textarea, input, [tabindex="0"]')];
      const openMenu = event.type === 'click' && !!target?.closest('.embed-footer__menu-button');
      // A link is followed as it is; anything else waits for the live page.
      if (event.type === 'click' && !openMenu) return;
      if (openMenu) event.preventDefault();
      done({ openMenu, focusIndex: event.type === 'pointerover' ? undefined : controls.indexOf(control!) });
    }
    for (const type of reaching)
      page.addEventListener(type, onReach, { capture: true, passive: type !== 'click' });
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => {
        if (!drawingFits(page)) done({});
      });
      observer.observe(page);
    }
    loading.then(
      ({ content }) => {
        if (content.kind !== 'chart' || content.version !== page.dataset.version) done({});
      },
      () => done({}),
    );
  });
}

/**
 * Starts an embed page: reads its address, tells the host page its height at once (the page the
 * build wrote already shows the chart), fetches the chart's small data file, and lets React and
 * the chart's code (fetched after the page's load event: later-modules.ts) take over when needed.
 */
export async function startEmbed(
  views: ViewLoaders,
  mount: () => Promise<{ mountEmbed: typeof mountEmbed }>,
  /** A drawn chart's page only (it lists its code instead of preloading it): later-modules.ts. */
  preloadLater?: typeof preloadLaterModules,
): Promise<void> {
  const base = import.meta.env.BASE_URL.length - 1;
  const request = readEmbedRequest(location.pathname.slice(base), location.search);
  postHeightToHost(request.chart);
  const loading = loadEmbedData(request);
  // Shown by the embed once it is drawn (an error becomes its error state, with a retry).
  loading.catch(() => undefined);
  const drawn = document.querySelector<HTMLElement>('.embed-static');
  // Without a drawing, the chart's code runs at once, while the data loads. With one, its code is
  // fetched after the page's load event, ready for the reader's reach, unless needed sooner.
  preloadLater?.(drawn ? 'after-load' : 'now');
  if (!drawn && request.programme) views[request.programme]?.().catch(() => undefined);
  const handover = drawn ? await whenLiveNeeded(drawn, loading) : {};
  preloadLater?.('now');
  const { mountEmbed } = await mount();
  await mountEmbed(request, loading, views, handover);
}
