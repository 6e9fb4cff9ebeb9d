/**
 * The build copies small common chunks into the chunks that read them (vite.config.ts), styles
 * included: a rule of a copied chunk can sit in several stylesheets, and a visit loads them in the
 * order it happens to open pages. That is harmless while no other rule sets one of the copied
 * rule's properties on the same selector (in the same @media): then no order changes what applies.
 * This finds the rules for which that does not hold.
 */

interface Rule {
  /** At-rule preludes around the rule, outermost first, joined: "@media (min-width:40rem)". */
  context: string;
  selector: string;
  declarations: Map<string, string>;
  /** The rule as written (context, selector, body), to recognise its copies. */
  text: string;
}

/** Top-level blocks of a stylesheet: prelude and body, quotes respected. */
function blocks(css: string): { prelude: string; body: string }[] {
  const found: { prelude: string; body: string }[] = [];
  let depth = 0;
  let start = 0;
  let open = -1;
  let quote = '';
  for (let i = 0; i < css.length; i++) {
    const char = css[i]!;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '{') {
      if (depth++ === 0) open = i;
    } else if (char === '}' && --depth === 0) {
      found.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, i) });
      start = i + 1;
    } else if (char === ';' && depth === 0) start = i + 1; // @import, @charset
  }
  return found;
}

function declarationsOf(body: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const part of body.split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0) declarations.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
  }
  return declarations;
}

function rulesOf(css: string, context = ''): Rule[] {
  return blocks(css).flatMap(({ prelude, body }) => {
    if (prelude.startsWith('@media') || prelude.startsWith('@supports') || prelude.startsWith('@layer')) {
      return rulesOf(body, `${context}${prelude} `);
    }
    // Keyframes and font faces name things; they do not apply to selectors.
    if (prelude.startsWith('@')) return [];
    return [
      {
        context,
        selector: prelude,
        declarations: declarationsOf(body),
        text: `${context}${prelude}{${body}}`,
      },
    ];
  });
}

/** Rules that appear in more than one stylesheet and a rule elsewhere that can override them. */
export function copiedRuleConflicts(sheets: Record<string, string>): string[] {
  const rules = Object.entries(sheets).flatMap(([file, css]) => rulesOf(css).map((rule) => ({ file, rule })));
  const filesOf = new Map<string, Set<string>>();
  for (const { file, rule } of rules) {
    if (!filesOf.has(rule.text)) filesOf.set(rule.text, new Set());
    filesOf.get(rule.text)!.add(file);
  }
  const conflicts = new Set<string>();
  for (const [text, files] of filesOf) {
    if (files.size < 2) continue;
    const copy = rules.find(({ rule }) => rule.text === text)!.rule;
    const where = [...files].sort().join(', ');
    for (const { file, rule } of rules) {
      if (rule.text === text || rule.context !== copy.context || rule.selector !== copy.selector) continue;
      for (const [property, value] of rule.declarations) {
        const copiedValue = copy.declarations.get(property);
        if (copiedValue !== undefined && copiedValue !== value)
          conflicts.add(
            `${copy.context}${copy.selector} { ${property} }: ${file} against the copies in ${where}`,
          );
      }
    }
  }
  return [...conflicts];
}
