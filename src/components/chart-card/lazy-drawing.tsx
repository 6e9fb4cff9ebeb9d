import { useEffect, useState, type ComponentType } from 'react';
import { lazyDrawingMessages } from './lazy-drawing-messages';
import { useMessages } from '../../lib/i18n/messages';

/** What every lazily loaded drawing is given: the height it will take, reserved while it loads. */
interface DrawingHeight {
  height: number;
}

/** A drawing whose module loads on first use; `preload` loads it ahead (before printing). */
export type LazyDrawing<Props> = ComponentType<Props> & { preload: () => Promise<void> };

/** Every lazy drawing made, so a page about to print can load them all (preloadAllDrawings). */
const everyDrawing: LazyDrawing<never>[] = [];

/**
 * A chart's drawing from a module of its own, loaded the first time a card draws it: a page whose
 * charts sit below the fold (a project page on a phone) then starts without Recharts, most of its
 * script. The box keeps the drawing's height while the module arrives, so nothing below it moves.
 * Once loaded it renders at once, also inside a synchronous render (the `beforeprint` one), which
 * React.lazy would suspend.
 */
export function lazyDrawing<Props extends DrawingHeight>(
  load: () => Promise<ComponentType<Props>>,
): LazyDrawing<Props> {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        loading = undefined; // a failed download may be tried again
        throw error;
      },
    ));

  function Drawing(props: Props) {
    const t = useMessages(lazyDrawingMessages);
    const [, setArrived] = useState(0);
    const [error, setError] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let current = true;
      preload().then(
        () => current && setArrived((n) => n + 1),
        () => current && setError(true),
      );
      return () => {
        current = false;
      };
    }, []);
    if (loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    return (
      <div className="chart-frame chart-frame--waiting" style={{ height: props.height }}>
        <p>{error ? t.failed : t.loading}</p>
      </div>
    );
  }
  const drawing = Object.assign(Drawing, { preload });
  everyDrawing.push(drawing as LazyDrawing<never>);
  return drawing;
}

/** Loads every lazy drawing's module: a page awaits it before printing, so paper gets the charts. */
export function preloadAllDrawings(): Promise<void> {
  return Promise.all(everyDrawing.map((drawing) => drawing.preload())).then(() => undefined);
}
