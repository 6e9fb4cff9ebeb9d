/** Placeholder: being written. */
export function MethodologyRoute() {
  return <h1>MethodologyRoute</h1>;
}
