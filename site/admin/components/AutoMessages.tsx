import { useState } from "preact/hooks";
import { messageOf } from "../lib/api.ts";
import { listAutoMessages, setAutoMessageState, type AutoMessage } from "../lib/engage.ts";
import { useResource } from "../lib/useResource.ts";
import { AutoMessageEditor } from "./AutoMessageEditor.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";

const CHANNEL_LABEL = { in_app: "In-app", email: "Email" } as const;

// Auto messages: state, how many were sent, pause/resume, and the editor.
export function AutoMessages({ currentAdminId }: { currentAdminId: string }) {
  const [list, reload] = useResource((signal) => listAutoMessages(signal), []);
  const [editing, setEditing] = useState<AutoMessage | "new" | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const toggle = async (m: AutoMessage) => {
    setProblem(null);
    try {
      await setAutoMessageState(m.id, m.state === "live" ? "paused" : "live");
      reload();
    } catch (error) {
      setProblem(messageOf(error));
    }
  };

  if (editing !== null) {
    return (
      <AutoMessageEditor
        message={editing === "new" ? null : editing}
        currentAdminId={currentAdminId}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
        onCancel={() => setEditing(null)}
      />
    );
  }

  return (
    <div class="stack">
      <button type="button" class="button button-primary" onClick={() => setEditing("new")}>
        New auto message
      </button>
      {list.status === "error" && <ErrorAlert error={list.error} onRetry={reload} />}
      {problem && <p class="alert alert-error">{problem}</p>}
      {list.status === "ready" && (
        <div class="table-wrap">
          <table>
            <caption class="sr-only">Auto messages</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Channel</th>
                <th scope="col">State</th>
                <th scope="col" class="numeric">
                  Sent
                </th>
                <th scope="col">
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.title}</th>
                  <td>{CHANNEL_LABEL[m.channel]}</td>
                  <td>
                    <span class={`badge badge-${m.state}`}>{m.state}</span>
                  </td>
                  <td class="numeric">{m.sent.toLocaleString("en")}</td>
                  <td class="actions">
                    <button type="button" class="button button-small" onClick={() => setEditing(m)}>
                      Edit
                    </button>{" "}
                    {m.state !== "draft" && (
                      <button type="button" class="button button-small" onClick={() => toggle(m)}>
                        {m.state === "live" ? "Pause" : "Resume"}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
