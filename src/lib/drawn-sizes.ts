/** `[data-pb-style="3"]` (the browser's spelling of the build's rule selector). */
const SELECTOR = /^\[data-pb-style=["']?(\d+)["']?\]$/;

/** The build's size rules in the page's stylesheets, by number. */
function sizeRules(): Map<string, CSSStyleDeclaration> {
  const rules = new Map<string, CSSStyleDeclaration>();
  for (const sheet of document.styleSheets) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue; // another origin's sheet cannot be read, and holds none of these
    }
    for (const rule of list) {
      if (!(rule instanceof CSSStyleRule)) continue;
      const n = SELECTOR.exec(rule.selectorText)?.[1];
      if (n !== undefined) rules.set(n, rule.style);
    }
  }
  return rules;
}

/**
 * The build writes the sizes React renders as inline styles (a chart's reserved height) as
 * data-pb-style="<n>", each with a rule in a stylesheet: the page's policy allows no style attribute
 * (tools/vite/prerender.ts). A page the app hydrates keeps those elements, and React holds those
 * sizes as set by itself. Once it has taken the page over, each moves into the element's own style
 * (set from script, which the policy allows), so that React's later changes to it (the reserved
 * height dropped when the chart is drawn) take effect. An element whose rule is not found keeps
 * its mark, and its size.
 */
export function inlineDrawnSizes(root: HTMLElement): void {
  const marked = root.querySelectorAll<HTMLElement | SVGElement>('[data-pb-style]');
  if (marked.length === 0) return;
  const rules = sizeRules();
  for (const element of marked) {
    const declared = rules.get(element.dataset.pbStyle ?? '');
    if (!declared) continue;
    for (let i = 0; i < declared.length; i++) {
      const property = declared[i]!;
      element.style.setProperty(property, declared.getPropertyValue(property));
    }
    element.removeAttribute('data-pb-style');
  }
}
