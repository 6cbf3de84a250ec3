import { inviteStatus, type Invite } from "../lib/invites.ts";
import { RelativeTime } from "./RelativeTime.tsx";

const STATUS = {
  pending: { label: "Pending", badge: "badge-open" },
  accepted: { label: "Accepted", badge: "badge-user" },
  expired: { label: "Expired", badge: "badge-closed" },
} as const;

interface Props {
  invite: Invite;
  // Shared by all rows so one render never shows mixed expiry decisions.
  now: number;
}

export function InviteRow({ invite, now }: Props) {
  const status = STATUS[inviteStatus(invite, now)];
  return (
    <tr>
      <th scope="row">{invite.email}</th>
      <td>{invite.role === "owner" ? "Owner" : "Admin"}</td>
      <td>
        <RelativeTime unix={invite.createdAt} />
      </td>
      <td>{invite.acceptedAt === null ? <RelativeTime unix={invite.expiresAt} /> : <span class="muted">—</span>}</td>
      <td>
        <span class={`badge ${status.badge}`}>{status.label}</span>
      </td>
    </tr>
  );
}
