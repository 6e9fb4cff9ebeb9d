/**
 * The build draws each route's first screen into its HTML, and the app's first render replaces it
 * (main.tsx). A reader on a slow phone may already type into the drawn search box or pick a filter
 * in that second: without this, the render would drop it. What they changed is replayed into the
 * live page's matching fields as input, so the app's own handlers take it (the list filters, the
 * address follows), and the field they were in keeps the focus and the caret.
 */
import { whenDrawnPageReplaced } from './when-drawn-page-replaced';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const FIELDS = 'input, select, textarea';

/**
 * What identifies a field across the two renders. Not its position (the live page may add a field
 * before it) and not its whole id: React's useId writes ids differently on the server ("_R_…_") and
 * in the browser ("_r_…_"), so only the part the component adds after it counts.
 */
function fieldKey(field: Field): string {
  const id = field.id.replace(/^_[rR]_[^_]*_/, '');
  const type = field instanceof HTMLInputElement ? field.type : '';
  return [field.tagName, type, field.name, id, field.getAttribute('aria-label') ?? ''].join('|');
}

function isChanged(field: Field): boolean {
  if (field instanceof HTMLSelectElement) {
    // With no option marked selected in the markup, a single select shows its first.
    const marked = [...field.options].findIndex((option) => option.defaultSelected);
    return field.selectedIndex !== (marked < 0 && !field.multiple ? 0 : marked);
  }
  if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio'))
    return field.checked !== field.defaultChecked;
  return field.value !== field.defaultValue;
}

/** Sets a value the way typing does, through the prototype's setter, then tells React. */
function replayValue(live: Field, drawn: Field): void {
  if (live instanceof HTMLInputElement && (live.type === 'checkbox' || live.type === 'radio')) {
    if (live.checked !== (drawn as HTMLInputElement).checked) live.click();
    return;
  }
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(live), 'value')?.set;
  setter?.call(live, drawn.value);
  live.dispatchEvent(new Event(live instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

function replay(drawnFields: Field[], focused: Element | null, root: HTMLElement): void {
  const unmatched = [...root.querySelectorAll<Field>(FIELDS)];
  for (const drawn of drawnFields) {
    const changed = isChanged(drawn);
    if (!changed && drawn !== focused) continue;
    const at = unmatched.findIndex((live) => fieldKey(live) === fieldKey(drawn));
    if (at < 0) continue;
    const [live] = unmatched.splice(at, 1) as [Field];
    if (changed) replayValue(live, drawn);
    if (drawn === focused) {
      focusLike(live, drawn);
      followFocus(live, drawn, root);
    }
  }
}

function focusLike(live: Field, drawn: Field): void {
  live.focus();
  if (
    !(live instanceof HTMLInputElement && drawn instanceof HTMLInputElement) ||
    drawn.selectionStart === null
  )
    return;
  try {
    live.setSelectionRange(drawn.selectionStart, drawn.selectionEnd);
  } catch {
    // A field type without a caret: the focus is enough.
  }
}

/** How long the first screens may still swap a field for its loaded twin (the data arriving). */
const SETTLING_MS = 10_000;

/**
 * The first render may show the page's loading frame, and the data's arrival then mounts the
 * field anew: the focus would fall to the body. Until the reader moves on (or the page settles),
 * the new twin takes it over.
 */
function followFocus(first: Field, drawn: Field, root: HTMLElement): void {
  let current = first;
  const observer = new MutationObserver(() => {
    if (current.isConnected) return;
    if (document.activeElement !== document.body && document.activeElement !== null) return stop();
    const twin = [...root.querySelectorAll<Field>(FIELDS)].find(
      (field) => fieldKey(field) === fieldKey(drawn),
    );
    if (!twin) return;
    current = twin;
    focusLike(twin, drawn);
  });
  const moved = (event: FocusEvent) => {
    if (event.target !== current) stop();
  };
  const timer = setTimeout(() => stop(), SETTLING_MS);
  function stop() {
    observer.disconnect();
    root.removeEventListener('focusin', moved);
    clearTimeout(timer);
  }
  observer.observe(root, { childList: true, subtree: true });
  root.addEventListener('focusin', moved);
}

/** Call before the first render: watches `root` until that render replaces the drawn page. */
export function keepEarlyInput(root: HTMLElement): void {
  const drawn = root.firstElementChild;
  if (!drawn) return;
  const drawnFields = [...drawn.querySelectorAll<Field>(FIELDS)];
  if (drawnFields.length === 0) return;
  let focused: Element | null = drawn.contains(document.activeElement) ? document.activeElement : null;
  const noteFocus = (event: FocusEvent) => {
    if (drawn.contains(event.target as Node)) focused = event.target as Element;
  };
  const noteBlur = (event: FocusEvent) => {
    if (drawn.contains(event.relatedTarget as Node | null)) return;
    // The render's removal of the drawn page blurs its field too: only a reader's own move away
    // (the drawn page still there, the focus on nothing) forgets it.
    setTimeout(() => {
      if (drawn.isConnected && !drawn.contains(document.activeElement)) focused = null;
    });
  };
  root.addEventListener('focusin', noteFocus);
  root.addEventListener('focusout', noteBlur);
  // Right after the render's commit: the removed fields still hold their values.
  whenDrawnPageReplaced(root, drawn, () => {
    root.removeEventListener('focusin', noteFocus);
    root.removeEventListener('focusout', noteBlur);
    replay(drawnFields, focused, root);
  });
}

/** A field's state as the reader left it. */
interface Entered {
  value: string;
  checked: boolean;
  selection: [number | null, number | null] | undefined;
}

function entered(field: Field): Entered {
  const caret = field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement;
  let selection: Entered['selection'];
  try {
    selection = caret ? [field.selectionStart, field.selectionEnd] : undefined;
  } catch {
    // An input type without a caret (a checkbox) throws on reading it.
  }
  return { value: field.value, checked: field instanceof HTMLInputElement && field.checked, selection };
}

/**
 * Tells the app a field's state. The element is the app's own now, so a text field is first set,
 * through the element's own setter (React's tracker of its last value), back to the value React
 * rendered (its markup's); then the reader's state is replayed as input, which React's handler sees
 * as a change. A box is set to the other state and clicked into the reader's.
 */
function tellApp(field: Field, state: Entered): void {
  if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
    field.checked = !state.checked;
    field.click();
    return;
  }
  // A select has no tracker: React takes every change event it sees.
  if (!(field instanceof HTMLSelectElement)) field.value = field.defaultValue;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
  setter?.call(field, state.value);
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  if (state.selection && document.activeElement === field && !(field instanceof HTMLSelectElement)) {
    try {
      field.setSelectionRange(state.selection[0], state.selection[1]);
    } catch {
      // A field type without a caret.
    }
  }
}

/**
 * keepEarlyInput for a drawn page the app hydrates (main.tsx): its fields stay the same elements,
 * with the reader's values and focus, but React renders them from its own state, which has not
 * seen what was typed before it took over. Call before hydrating; call what it returns once the
 * page is committed (PageCommitted), and each field the reader changed is told to the app.
 */
export function keepEarlyInputHydrated(root: HTMLElement): () => void {
  const changed = new Map<Field, Entered>();
  for (const field of root.querySelectorAll<Field>(FIELDS))
    if (isChanged(field)) changed.set(field, entered(field));
  const note = (event: Event) => {
    const field = event.target;
    if (
      field instanceof HTMLInputElement ||
      field instanceof HTMLSelectElement ||
      field instanceof HTMLTextAreaElement
    )
      changed.set(field, entered(field));
  };
  root.addEventListener('input', note, true);
  root.addEventListener('change', note, true);
  return function tellAppWhatWasEntered() {
    root.removeEventListener('input', note, true);
    root.removeEventListener('change', note, true);
    for (const [field, state] of changed) if (field.isConnected) tellApp(field, state);
  };
}
