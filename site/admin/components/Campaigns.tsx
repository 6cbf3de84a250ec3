import { useState } from "preact/hooks";
import { campaignStats, funnelSteps, goalRate, listCampaigns, type Campaign } from "../lib/engageCampaigns.ts";
import { useResource } from "../lib/useResource.ts";
import { CampaignDays, CampaignFunnel } from "./CampaignCharts.tsx";
import { CampaignEditor } from "./CampaignEditor.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";

function CampaignReport({ campaign, onBack }: { campaign: Campaign; onBack: () => void }) {
  const [stats, reload] = useResource((signal) => campaignStats(campaign.id, signal), [campaign.id]);
  return (
    <section class="stack card" aria-label={`${campaign.name} report`}>
      <h2>{campaign.name}</h2>
      {stats.status === "error" && <ErrorAlert error={stats.error} onRetry={reload} />}
      {stats.status === "ready" && (
        <>
          <p>
            {stats.data.enrolled} enrolled · {stats.data.active} active · {stats.data.goalReached} reached the goal · {stats.data.completed} completed · {stats.data.exited} left by exit rules
          </p>
          <CampaignFunnel steps={funnelSteps(stats.data, campaign.messages.map((m) => m.title))} />
          <CampaignDays days={stats.data.days} />
        </>
      )}
      <button type="button" class="button" onClick={onBack}>
        Back to campaigns
      </button>
    </section>
  );
}

// Campaigns: list with state, enrolled and goal-reached rate; editor; report with the charts.
export function Campaigns({ currentAdminId }: { currentAdminId: string }) {
  const [list, reload] = useResource((signal) => listCampaigns(signal), []);
  const [mode, setMode] = useState<{ kind: "list" } | { kind: "edit"; campaign: Campaign | null } | { kind: "report"; campaign: Campaign }>({ kind: "list" });
  const back = () => {
    setMode({ kind: "list" });
    reload();
  };
  if (mode.kind === "edit") return <CampaignEditor campaign={mode.campaign} currentAdminId={currentAdminId} onSaved={back} onCancel={back} />;
  if (mode.kind === "report") return <CampaignReport campaign={mode.campaign} onBack={back} />;
  return (
    <div class="stack">
      <button type="button" class="button button-primary" onClick={() => setMode({ kind: "edit", campaign: null })}>
        New campaign
      </button>
      {list.status === "error" && <ErrorAlert error={list.error} onRetry={reload} />}
      {list.status === "ready" && (
        <div class="table-wrap">
          <table>
            <caption class="sr-only">Campaigns</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">State</th>
                <th scope="col" class="numeric">
                  Enrolled
                </th>
                <th scope="col" class="numeric">
                  Goal reached
                </th>
                <th scope="col">
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  <td>
                    <span class={`badge badge-${c.state}`}>{c.state}</span>
                  </td>
                  <td class="numeric">{c.enrolled.toLocaleString("en")}</td>
                  <td class="numeric">{goalRate(c)}</td>
                  <td class="actions">
                    <button type="button" class="button button-small" onClick={() => setMode({ kind: "report", campaign: c })}>
                      Report
                    </button>{" "}
                    <button type="button" class="button button-small" onClick={() => setMode({ kind: "edit", campaign: c })}>
                      Edit
                    </button>
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
