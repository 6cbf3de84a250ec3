export function Reports() {
  return <p>Reports</p>;
}
