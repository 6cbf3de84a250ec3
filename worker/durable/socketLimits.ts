/** One person may hold this many sockets on one object (tabs, devices); more is abuse or a leak. */
export const MAX_SOCKETS_PER_PERSON = 10;

export function mayOpenSocket(alreadyOpen: number): boolean {
  return alreadyOpen < MAX_SOCKETS_PER_PERSON;
}
