import { useEffect, useState } from "preact/hooks";
import { ApiError, UNAUTHORIZED_EVENT } from "../lib/api.ts";
import { navigate, useRoute, type View } from "../lib/route.ts";
import { getSession, logout, type Session } from "../lib/session.ts";
import { Contacts } from "./Contacts.tsx";
import { Engage } from "./Engage.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { HelpCenter } from "./HelpCenter.tsx";
import { Inbox } from "./Inbox.tsx";
import { InviteAccept } from "./InviteAccept.tsx";
import { Layout } from "./Layout.tsx";
import { PasswordReset } from "./PasswordReset.tsx";
import { Reports } from "./Reports.tsx";
import { RoutingRules } from "./RoutingRules.tsx";
import { LoginForm } from "./LoginForm.tsx";
import { Settings } from "./Settings.tsx";
import { Team } from "./Team.tsx";

type AuthState =
  | { status: "checking" }
  | { status: "unreachable"; error: unknown }
  | { status: "signed-out" }
  // `fresh`: signed in just now via a form, which unmounted the focused field.
  | { status: "signed-in"; session: Session; fresh: boolean };

const TITLES: Record<View, string> = { inbox: "Inbox", contacts: "Contacts", messages: "Messages", team: "Team", routing: "Routing rules", reports: "Reports", help: "Help center", settings: "Settings" };

export function App() {
  const route = useRoute();
  const [auth, setAuth] = useState<AuthState>({ status: "checking" });
  const [attempt, setAttempt] = useState(0);
  const [signingOut, setSigningOut] = useState(false);

  useEffect(() => {
    getSession().then(
      (session) => setAuth({ status: "signed-in", session, fresh: false }),
      (error: unknown) => setAuth(isUnauthorized(error) ? { status: "signed-out" } : { status: "unreachable", error }),
    );
  }, [attempt]);

  useEffect(() => {
    const expire = () => setAuth({ status: "signed-out" });
    window.addEventListener(UNAUTHORIZED_EVENT, expire);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, expire);
  }, []);

  const retry = () => {
    setAuth({ status: "checking" });
    setAttempt((n) => n + 1);
  };

  const signedIn = (session: Session) => {
    setAuth({ status: "signed-in", session, fresh: true });
    // Drop the one-time invite token from the address bar and history.
    if (route.kind === "invite" || route.kind === "reset") navigate("#/inbox", { replace: true });
  };

  const signOut = async () => {
    setSigningOut(true);
    // Even if the request fails the user asked to leave, so show the form.
    await logout().catch(() => undefined);
    setSigningOut(false);
    setAuth({ status: "signed-out" });
  };

  if (route.kind === "invite") return <InviteAccept token={route.token} onSignedIn={signedIn} />;
  if (route.kind === "reset") return <PasswordReset token={route.token} onSignedIn={signedIn} />;

  switch (auth.status) {
    case "checking":
      return (
        <p class="splash" role="status">
          Loading Parley…
        </p>
      );
    case "unreachable":
      return (
        <div class="auth">
          <div class="card auth-card">
            <h1>Parley is unavailable</h1>
            <ErrorAlert error={auth.error} />
            <button type="button" class="button button-primary" onClick={retry}>
              Try again
            </button>
          </div>
        </div>
      );
    case "signed-out":
      return <LoginForm onSignedIn={signedIn} />;
    case "signed-in": {
      const { session, fresh } = auth;
      const view = route.view;
      return (
        <Layout
          session={session}
          view={view}
          title={TITLES[view]}
          focusOnMount={fresh}
          signingOut={signingOut}
          onSignOut={signOut}
        >
          {view === "inbox" && <Inbox session={session} />}
          {view === "contacts" && <Contacts currentAdminId={session.admin.id} />}
          {view === "messages" && <Engage currentAdminId={session.admin.id} />}
          {view === "team" && <Team currentAdminId={session.admin.id} isOwner={session.admin.role === "owner"} />}
          {view === "routing" && <RoutingRules session={session} />}
          {view === "reports" && <Reports />}
          {view === "help" && <HelpCenter />}
          {view === "settings" && <Settings session={session} />}
        </Layout>
      );
    }
  }
}

function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
