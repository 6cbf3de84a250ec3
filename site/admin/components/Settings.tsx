import type { Session } from "../lib/session.ts";
import { AccountSecurity } from "./AccountSecurity.tsx";
import { ApiTokens } from "./ApiTokens.tsx";
import { IdentitySettings } from "./IdentitySettings.tsx";
import { OfficeHours } from "./OfficeHours.tsx";
import { SavedReplies } from "./SavedReplies.tsx";
import { TagsSettings } from "./TagsSettings.tsx";
import { Webhooks } from "./Webhooks.tsx";

interface Props {
  session: Session;
}

export function Settings({ session }: Props) {
  const { admin, workspace } = session;
  return (
    <div class="stack-lg">
      <section class="card" aria-labelledby="account-title">
        <h2 id="account-title">Workspace</h2>
        <dl class="facts">
          <dt>Workspace</dt>
          <dd>{workspace.name}</dd>
          <dt>App id</dt>
          <dd>
            <code>{workspace.appId}</code>
          </dd>
          <dt>Signed in as</dt>
          <dd>
            {admin.name} ({admin.email})
          </dd>
          <dt>Role</dt>
          <dd>{admin.role === "owner" ? "Owner" : "Admin"}</dd>
        </dl>
      </section>
      {admin.role === "owner" ? (
        <>
          <IdentitySettings />
          <ApiTokens />
        </>
      ) : (
        <section class="card" aria-labelledby="owner-only-title">
          <h2 id="owner-only-title">Identity verification and API tokens</h2>
          <p class="muted">
            Only workspace owners can manage identity verification and API tokens. Ask an owner if you need either.
          </p>
        </section>
      )}
      <SavedReplies />
      <TagsSettings />
      <Webhooks />
      <OfficeHours />
      <AccountSecurity />
    </div>
  );
}
