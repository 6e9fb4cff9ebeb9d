/** Placeholder: being written. */
export function ContractorRoute() {
  return <h1>ContractorRoute</h1>;
}
