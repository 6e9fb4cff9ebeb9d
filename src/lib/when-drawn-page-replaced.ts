/**
 * Calls `replaced` once, when the app's first render has taken `drawn` (the page the build drew
 * into `root`) out of the document. A MutationObserver's callback runs after the render's commit
 * and layout effects (the router's scroll reset), in the same task: the removed page's fields still
 * hold their values, and no scroll event of that render has been dispatched yet.
 */
export function whenDrawnPageReplaced(root: HTMLElement, drawn: Element, replaced: () => void): void {
  const observer = new MutationObserver(() => {
    if (drawn.isConnected) return;
    observer.disconnect();
    replaced();
  });
  observer.observe(root, { childList: true });
}
