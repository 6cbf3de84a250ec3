import { useState } from "preact/hooks";
import { isMissingEndpoint } from "../lib/api.ts";
import { fetchReport, formatDuration, shortDate, type Report } from "../lib/reports.ts";
import { useResource } from "../lib/useResource.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { ReportsChart } from "./ReportsChart.tsx";
import { ReportsRatings } from "./ReportsRatings.tsx";

const RANGES = [7, 30, 90] as const;

function total(report: Report, key: "opened" | "closed"): number {
  return report.days.reduce((sum, d) => sum + d[key], 0);
}

export function Reports() {
  const [days, setDays] = useState<number>(30);
  const [report, reload] = useResource((signal) => fetchReport(days, signal), [days]);

  const picker = (
    <div class="field reports-range">
      <label for="reports-days">Period</label>
      <select id="reports-days" value={String(days)} onChange={(e) => setDays(Number(e.currentTarget.value))}>
        {RANGES.map((n) => (
          <option key={n} value={String(n)}>
            Last {n} days
          </option>
        ))}
      </select>
    </div>
  );

  if (report.status === "loading") return <p class="muted" role="status">Loading reports…</p>;
  if (report.status === "error" && isMissingEndpoint(report.error)) {
    return (
      <div class="empty">
        <h2>Reports are not available yet</h2>
        <p class="muted">This server does not compute reports yet.</p>
      </div>
    );
  }
  if (report.status === "error") return <ErrorAlert error={report.error} onRetry={reload} />;

  const data = report.data;
  const opened = total(data, "opened");
  const closed = total(data, "closed");
  const labels = data.days.map((d) => shortDate(d.date));
  return (
    <div class="stack-lg">
      {picker}
      <dl class="reports-stats">
        <div class="card">
          <dt>Opened</dt>
          <dd>{opened}</dd>
        </div>
        <div class="card">
          <dt>Closed</dt>
          <dd>{closed}</dd>
        </div>
        <div class="card">
          <dt>Median first response</dt>
          <dd>{formatDuration(data.medianFirstResponse)}</dd>
        </div>
        <div class="card">
          <dt>Median time to close</dt>
          <dd>{formatDuration(data.medianTimeToClose)}</dd>
        </div>
      </dl>
      <section class="card">
        <ReportsChart
          kind="line"
          title={`Conversations opened and closed per day, last ${days} days`}
          description={`${opened} opened and ${closed} closed over ${data.days.length} days; busiest day ${busiest(data)}.`}
          categories={labels}
          categoryLabel="Day"
          series={[
            { name: "Opened", values: data.days.map((d) => d.opened), tone: "series-1" },
            { name: "Closed", values: data.days.map((d) => d.closed), tone: "series-2" },
          ]}
        />
      </section>
      <section class="card">
        <ReportsChart
          kind="bar"
          title="Conversations per team"
          description={data.teams.map((t) => `${t.name}: ${t.opened} opened, ${t.closed} closed`).join("; ") || "No team has conversations in this period."}
          categories={data.teams.map((t) => t.name)}
          categoryLabel="Team"
          series={[
            { name: "Opened", values: data.teams.map((t) => t.opened), tone: "series-1" },
            { name: "Closed", values: data.teams.map((t) => t.closed), tone: "series-2" },
          ]}
        />
        <div class="table-wrap reports-teams">
          <table>
            <caption class="sr-only">Median first response per team</caption>
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col" class="numeric">
                  Median first response
                </th>
              </tr>
            </thead>
            <tbody>
              {data.teams.map((t) => (
                <tr key={t.teamId ?? t.name}>
                  <th scope="row">{t.name}</th>
                  <td class="numeric">{formatDuration(t.medianFirstResponse)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {data.ratings && <ReportsRatings ratings={data.ratings} dates={data.days.map((d) => d.date)} days={days} />}
    </div>
  );
}

function busiest(report: Report): string {
  const top = report.days.reduce<Report["days"][number] | null>((best, d) => (best === null || d.opened > best.opened ? d : best), null);
  return top && top.opened > 0 ? `${shortDate(top.date)} with ${top.opened} opened` : "none";
}
