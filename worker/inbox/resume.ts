/** Resume from `after` only if no event since then was trimmed; otherwise the client refetches. */
export function canResume(after: number, firstKept: number, last: number): boolean {
  return after >= last || after >= firstKept - 1;
}
