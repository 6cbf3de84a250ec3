// One name for a person everywhere a person is shown (inbox, contacts, notifications): their
// name, else their email, else a friendly name that the contact id always turns into the same
// words, so an anonymous visitor reads as "Amber Otter" in the list, the conversation and the
// contact page alike, instead of "Visitor" in one place and "Unknown" in the next.

export interface Nameable {
  id: string;
  name?: string | null;
  email?: string | null;
}

const ADJECTIVES = [
  "Amber", "Azure", "Brave", "Bright", "Calm", "Clever", "Coral", "Crimson",
  "Dusty", "Gentle", "Golden", "Happy", "Hazel", "Indigo", "Jade", "Jolly",
  "Kind", "Lively", "Lucky", "Mellow", "Misty", "Noble", "Olive", "Quiet",
  "Rapid", "Rosy", "Silver", "Sunny", "Swift", "Teal", "Violet", "Witty",
] as const;

const ANIMALS = [
  "Badger", "Beaver", "Bison", "Crane", "Deer", "Dolphin", "Falcon", "Ferret",
  "Finch", "Fox", "Gecko", "Hare", "Hedgehog", "Heron", "Koala", "Lynx",
  "Marten", "Moose", "Newt", "Otter", "Owl", "Panda", "Puffin", "Quail",
  "Raven", "Robin", "Seal", "Sparrow", "Stoat", "Swan", "Tiger", "Wren",
] as const;

/** FNV-1a over the id's characters: stable across runtimes, spread evenly over the word lists. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The words an anonymous contact goes by, derived from its id alone. */
export function friendlyName(id: string): string {
  const hash = hashOf(id);
  const adjective = ADJECTIVES[hash % ADJECTIVES.length] ?? ADJECTIVES[0];
  const animal = ANIMALS[Math.floor(hash / ADJECTIVES.length) % ANIMALS.length] ?? ANIMALS[0];
  return `${adjective} ${animal}`;
}

/** True when the contact has neither a name nor an email, so its name is made up from its id. */
export function isAnonymous(contact: Nameable): boolean {
  return !contact.name?.trim() && !contact.email?.trim();
}

export function contactName(contact: Nameable): string {
  const name = contact.name?.trim();
  if (name) return name;
  const email = contact.email?.trim();
  if (email) return email;
  return friendlyName(contact.id);
}
