import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ViewLoaders } from './chart-views';
import type { LoadedEmbed } from './content';
import { EmbedApp, type Settled } from './embed-app';
import { loadEmbed, withView } from './load';
import type { EmbedRequest } from './request';

/** What the reader was doing on the page the build wrote, carried over to the live one. */
export interface Handover {
  /** Position of the focused control among the page's focusable ones. */
  focusIndex?: number;
  /** The reader pressed the menu button: open the live menu. */
  openMenu?: boolean;
}

const FOCUSABLE = 'a[href], button, select, textarea, input, [tabindex="0"]';

/**
 * Draws the embed into #root, over the page the build wrote, once its data is there: React
 * replaces the static page in the same commit that draws the chart (Recharts' passes all run
 * before the paint), so the reader sees the static chart, then the live one, never a blank or a
 * loading line in between. Focus and an open menu carry over.
 */
export async function mountEmbed(
  request: EmbedRequest,
  initial: Promise<LoadedEmbed>,
  views: ViewLoaders,
  handover: Handover = {},
): Promise<void> {
  const settled: Settled = await withView(initial, views).then(
    (loaded) => ({ loaded }),
    (error: unknown) => ({ error }),
  );
  const root = document.getElementById('root');
  if (!root) throw new Error('the embed page has no #root');
  let first = true;
  function carryOver() {
    if (!first || !root) return;
    first = false;
    const controls = root.querySelectorAll<HTMLElement>(FOCUSABLE);
    if (handover.openMenu) root.querySelector<HTMLElement>('.embed-footer__menu-button')?.click();
    if (handover.focusIndex !== undefined && handover.focusIndex >= 0) controls[handover.focusIndex]?.focus();
  }
  const live = createRoot(root);
  // A transition: React renders the chart in slices the browser may interrupt, then commits it.
  startTransition(() =>
    live.render(
      <StrictMode>
        <EmbedApp
          request={request}
          initial={settled}
          load={(signal) => loadEmbed(request, views, signal)}
          onShown={carryOver}
        />
      </StrictMode>,
    ),
  );
}
