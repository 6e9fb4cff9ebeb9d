/** Placeholder: being written. */
export function ContractorsRoute() {
  return <h1>ContractorsRoute</h1>;
}
