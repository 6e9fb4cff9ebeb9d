import { useEffect, useState, type ComponentType } from 'react';
import { lazyDrawingMessages } from './lazy-drawing-messages';
import { useMessages } from '../../lib/i18n/messages';

/** What every lazily loaded drawing is given: the height it will take, reserved while it loads. */
interface DrawingHeight {
  height: number;
}

/** How to load every lazy drawing made so far (by the modules imported so far): loadDrawings. */
const loaders = new Set<() => Promise<unknown>>();

/**
 * Loads the drawings of every chart module imported so far, so their cards draw at once: for
 * pages that show a chart from their first frame (an embed taking over from the build's drawing,
 * the build's own static drawing). A drawing that fails to load shows its message in its box.
 */
export async function loadDrawings(): Promise<void> {
  await Promise.all([...loaders].map((load) => load().catch(() => undefined)));
}

/**
 * A chart's drawing from a module of its own, loaded the first time a card draws it: a page whose
 * charts sit below the fold (a project page on a phone) then starts without Recharts, most of its
 * script. The box keeps the drawing's height while the module arrives, so nothing below it moves.
 * Once loaded it renders at once, also inside a synchronous render (the `beforeprint` one), which
 * React.lazy would suspend. A page that prints asks its cards to draw and waits for them
 * (printWithCharts).
 */
export function lazyDrawing<Props extends DrawingHeight>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const loadOnce = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a failed download may be tried again
        throw error;
      },
    ));
  loaders.add(loadOnce);

  return function LazyDrawing(props: Props) {
    const t = useMessages(lazyDrawingMessages);
    const [arrived, setArrived] = useState(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let current = true;
      loadOnce().then(
        (component) => current && setArrived(() => component),
        () => current && setFailed(true),
      );
      return () => {
        current = false;
      };
    }, []);
    const Loaded = arrived ?? loaded;
    if (Loaded) return <Loaded {...props} />;
    return (
      <div className="chart-frame chart-frame--waiting" style={{ height: props.height }}>
        <p>{failed ? t.failed : t.loading}</p>
      </div>
    );
  };
}
