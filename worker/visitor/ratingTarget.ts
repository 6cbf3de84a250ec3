import type { Part } from "../../shared/protocol.ts";

// Whom a conversation's rating is about: the admin and team assigned when it was last closed.
// Assignments made after that close (while it stays closed) do not move the rating.
export interface RatingTarget {
  adminId: number | null;
  teamId: number | null;
}

/** The assignees at the last close, or null when the conversation is not closed now. */
export function ratingTarget(parts: readonly Part[]): RatingTarget | null {
  let admin: number | null = null;
  let team: number | null = null;
  let atClose: RatingTarget | null = null;
  for (const part of parts) {
    if (part.part_type === "assignment") {
      const to = part.assigned_to ?? null;
      if (to === null) [admin, team] = [null, null];
      else if (to.type === "admin") admin = Number(to.id);
      else team = Number(to.id);
    } else if (part.part_type === "close") {
      atClose = { adminId: admin, teamId: team };
    } else if (reopens(part)) {
      atClose = null;
    }
  }
  return atClose;
}

/** As the room's lifecycle: a reopen, a snooze or the contact's reply ends the closed state. */
function reopens(part: Part): boolean {
  return part.part_type === "open" || part.part_type === "snoozed" || (part.part_type === "comment" && part.author.type === "user");
}
