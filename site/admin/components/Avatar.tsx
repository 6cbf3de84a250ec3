interface Props {
  name: string;
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.charAt(0) ?? "";
  const last = parts.length > 1 ? (parts[parts.length - 1]?.charAt(0) ?? "") : "";
  return (first + last).toUpperCase() || "?";
}

// Purely decorative: the name itself is always rendered next to it as text.
export function Avatar({ name }: Props) {
  return (
    <span class="avatar" aria-hidden="true">
      {initials(name)}
    </span>
  );
}
