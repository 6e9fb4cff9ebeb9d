import L from 'leaflet';

/**
 * Leaflet's canvas renderer, able to hold its redraws while many shapes change. Leaflet repaints
 * the whole canvas in the next frame after any change; a filter change applied in slices (see
 * ShapesLayer) would repaint thousands of shapes after every slice, and each repaint is a long
 * frame on a phone. Held, the canvas keeps its last picture and repaints once on release.
 *
 * It overrides one internal method of Leaflet 1.9's L.Canvas (`_redraw`), the way Leaflet's own
 * plugins extend it; the map's end-to-end tests would catch a Leaflet that drew nothing.
 */
export interface HeldCanvas extends L.Canvas {
  /** Stops repaints until every hold is released. Holds nest. */
  hold(): void;
  release(): void;
}

interface CanvasInternals {
  _map?: L.Map;
  _redrawBounds: unknown;
  _redrawRequest: number | null;
  _redraw(): void;
}

interface HoldState {
  _holds: number;
  /** A repaint was skipped while held. */
  _stale: boolean;
  /** A skipped repaint was of the whole canvas (a move or zoom), not a region. */
  _staleWhole: boolean;
}

type Self = CanvasInternals & HoldState;

const canvasRedraw = (L.Canvas.prototype as unknown as CanvasInternals)._redraw;

const HeldCanvasClass = L.Canvas.extend({
  _holds: 0,
  _stale: false,
  _staleWhole: false,

  _redraw(this: Self) {
    if (this._holds > 0) {
      this._redrawRequest = null;
      this._stale = true;
      if (!this._redrawBounds) this._staleWhole = true;
      return;
    }
    if (this._staleWhole) this._redrawBounds = null;
    this._stale = false;
    this._staleWhole = false;
    canvasRedraw.call(this);
  },

  hold(this: Self) {
    this._holds += 1;
  },

  release(this: Self) {
    this._holds = Math.max(0, this._holds - 1);
    if (this._holds > 0 || !this._stale || !this._map) return;
    this._redrawRequest ??= L.Util.requestAnimFrame(() => this._redraw());
  },
}) as unknown as new (options?: L.RendererOptions) => HeldCanvas;

export const heldCanvas = (options?: L.RendererOptions): HeldCanvas => new HeldCanvasClass(options);
