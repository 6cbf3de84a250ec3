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
  onRevoke: (invite: Invite) => void;
}

export function InviteRow({ invite, now, onRevoke }: Props) {
  const state = inviteStatus(invite, now);
  const status = STATUS[state];
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
      <td>
        {state === "pending" ? (
          <button type="button" class="button button-small" onClick={() => onRevoke(invite)} aria-label={`Revoke the invite for ${invite.email}`}>
            Revoke
          </button>
        ) : (
          <span class="muted">—</span>
        )}
      </td>
    </tr>
  );
}
