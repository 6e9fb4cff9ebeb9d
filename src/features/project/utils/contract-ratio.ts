/** Contract value as % of HPS; undefined when either is missing or HPS is not positive. */
export function contractToHps(
  contractValue: number | undefined,
  hps: number | undefined,
): number | undefined {
  if (contractValue === undefined || hps === undefined || !(hps > 0)) return undefined;
  return (contractValue / hps) * 100;
}
