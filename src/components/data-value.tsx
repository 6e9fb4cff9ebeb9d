/**
 * A figure with its exact value machine-readable: `<data value="154900000000">Rp 154,9 M</data>`.
 * Tests and scrapers read `value`; people read the text.
 */
export function DataValue({
  value,
  children,
  className,
}: {
  value: number;
  children: string;
  className?: string;
}) {
  return (
    <data value={Number.isFinite(value) ? String(value) : ''} className={className}>
      {children}
    </data>
  );
}
