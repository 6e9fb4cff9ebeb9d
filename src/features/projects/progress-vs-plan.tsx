/**
 * Two thin bars, plan above actual. Decorative: the same figures are written out beside it,
 * so it is hidden from assistive technology.
 */
export function ProgressVsPlan({ actual, planned }: { actual: number; planned?: number }) {
  const clamp = (v: number) => Math.max(0, Math.min(100, v));
  return (
    <span className="progress-bars" aria-hidden="true">
      {planned !== undefined && (
        <span className="progress-bars__track">
          <span className="progress-bars__plan" style={{ width: `${clamp(planned)}%` }} />
        </span>
      )}
      <span className="progress-bars__track">
        <span className="progress-bars__actual" style={{ width: `${clamp(actual)}%` }} />
      </span>
    </span>
  );
}
