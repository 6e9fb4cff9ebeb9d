import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import L from 'leaflet';
import type { HeldCanvas } from '../../src/features/map/held-canvas';

/*
 * Leaflet's own repaint is replaced by a spy before held-canvas.ts takes hold of it: these tests
 * see exactly when the canvas would repaint, and of what (the region, or the whole canvas).
 */
interface Internals {
  _map?: unknown;
  _redrawBounds: unknown;
  _redraw(): void;
}
const paints: unknown[] = [];
vi.spyOn(L.Canvas.prototype as unknown as Internals, '_redraw').mockImplementation(function (
  this: Internals,
) {
  paints.push(this._redrawBounds);
  this._redrawBounds = null;
});

let heldCanvas: (options?: L.RendererOptions) => HeldCanvas;
beforeAll(async () => {
  ({ heldCanvas } = await import('../../src/features/map/held-canvas'));
});

/** A canvas as Leaflet leaves it on a map, with a region waiting to be repainted (or none). */
function onMap(bounds: unknown = 'region'): HeldCanvas & Internals {
  const canvas = heldCanvas() as HeldCanvas & Internals;
  Object.assign(canvas, { _map: {} });
  canvas._redrawBounds = bounds;
  return canvas;
}

const nextFrames = () => new Promise((done) => setTimeout(done, 50));

describe('heldCanvas', () => {
  beforeEach(() => {
    paints.length = 0;
  });

  it('repaints as Leaflet does when nothing holds it', () => {
    onMap()._redraw();
    expect(paints).toEqual(['region']);
  });

  it('repaints nothing while held, and once, in a frame, on release', async () => {
    const canvas = onMap();
    canvas.hold();
    canvas._redraw();
    canvas._redraw();
    expect(paints).toEqual([]);
    canvas.release();
    expect(paints).toEqual([]);
    await nextFrames();
    expect(paints).toEqual(['region']);
  });

  it('repaints the whole canvas when a skipped repaint was of the whole canvas (a move)', async () => {
    const canvas = onMap(null);
    canvas.hold();
    canvas._redraw();
    // A shape removed afterwards marks only its own region; the move still needs all of it.
    canvas._redrawBounds = 'region';
    canvas._redraw();
    canvas.release();
    await nextFrames();
    expect(paints).toEqual([null]);
  });

  it('waits for the last of nested holds', async () => {
    const canvas = onMap();
    canvas.hold();
    canvas.hold();
    canvas._redraw();
    canvas.release();
    await nextFrames();
    expect(paints).toEqual([]);
    canvas.release();
    await nextFrames();
    expect(paints).toEqual(['region']);
  });

  it('does not repaint on release when nothing changed while held', async () => {
    const canvas = onMap();
    canvas.hold();
    canvas.release();
    await nextFrames();
    expect(paints).toEqual([]);
  });
});
