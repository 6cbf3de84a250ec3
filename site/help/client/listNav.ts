// Which result is active after a key press in the search box: arrows move and wrap around,
// Home/End jump, anything else leaves the choice alone. -1 means "none, the input itself".

export function nextActive(current: number, count: number, key: string): number {
  if (count === 0) return -1;
  switch (key) {
    case "ArrowDown":
      return current >= count - 1 ? 0 : current + 1;
    case "ArrowUp":
      return current <= 0 ? count - 1 : current - 1;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return Math.min(current, count - 1);
  }
}
