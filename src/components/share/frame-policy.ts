/**
 * Who may show the full app inside a frame. Embeds (/embed/*) may be framed by anyone; the full app
 * only by the origins in config.json `frameAncestors`, so nobody can dress it up as their own page
 * or overlay it (clickjacking). The HTTP header (CSP frame-ancestors) is the real lock; this is the
 * fallback for static hosts that cannot set headers.
 */

function originOf(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

export interface FrameContext {
  framed: boolean;
  /** location.ancestorOrigins[0] (Chromium, Safari): the parent's origin, reliable. */
  ancestorOrigin?: string;
  /** document.referrer: the parent's address where ancestorOrigins is missing (Firefox). */
  referrer?: string;
}

/** The parent page's origin, or undefined when it cannot be known. */
export function parentOrigin(context: FrameContext): string | undefined {
  return originOf(context.ancestorOrigin) ?? originOf(context.referrer);
}

/**
 * True when the app may show itself: not framed, framed by our own origin, or by a listed origin
 * ("*" allows all). An unknown parent is refused: failing closed is the point of the guard.
 */
export function framingAllowed(
  context: FrameContext,
  ownOrigin: string,
  allowed: readonly string[],
): boolean {
  if (!context.framed) return true;
  if (allowed.includes('*')) return true;
  const parent = parentOrigin(context);
  if (!parent) return false;
  if (parent === ownOrigin) return true;
  return allowed.some((entry) => originOf(entry) === parent);
}

/** Reads the frame context of the current window; a cross-origin top throws on access, so guard. */
export function currentFrameContext(win: Window = window): FrameContext {
  let framed: boolean;
  try {
    framed = win.top !== win.self;
  } catch {
    framed = true;
  }
  return {
    framed,
    ancestorOrigin: win.location.ancestorOrigins?.[0],
    referrer: win.document.referrer || undefined,
  };
}
