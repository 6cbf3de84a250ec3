import type { ApiToken } from "../lib/tokens.ts";
import { RelativeTime } from "./RelativeTime.tsx";

interface Props {
  token: ApiToken;
  // True while this token's revoke request is in flight.
  busy: boolean;
  onRevoke: (token: ApiToken) => void;
}

// Revoked tokens stay listed so the audit trail of what existed is visible.
export function TokenRow({ token, busy, onRevoke }: Props) {
  const revoked = token.revokedAt !== null;
  return (
    <tr class={revoked ? "is-revoked" : undefined}>
      <th scope="row">{token.name}</th>
      <td>
        <code>{token.hint}</code>
      </td>
      <td>
        <RelativeTime unix={token.createdAt} />
      </td>
      <td>
        <RelativeTime unix={token.lastUsedAt} />
      </td>
      <td>
        {revoked ? <span class="badge badge-closed">Revoked</span> : <span class="badge badge-open">Active</span>}
      </td>
      <td class="actions">
        {!revoked && (
          <button
            type="button"
            class="button button-danger button-small"
            disabled={busy}
            onClick={() => onRevoke(token)}
          >
            Revoke<span class="sr-only"> {token.name}</span>
          </button>
        )}
      </td>
    </tr>
  );
}
