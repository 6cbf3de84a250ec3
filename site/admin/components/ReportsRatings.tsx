import { useState } from "preact/hooks";
import { formatAverage, ratingSeries, type RatingGroup, type RatingsSection } from "../lib/ratingReport.ts";
import { shortDate } from "../lib/reports.ts";
import { ReportsChart } from "./ReportsChart.tsx";

interface Props {
  ratings: RatingsSection;
  /** Every day of the period, oldest first (as the conversations chart shows them). */
  dates: string[];
  days: number;
}

// Conversation ratings in the reports: the average and count over the period, a table per team
// and per admin (the assignees at close), and both figures by day for whichever of them is chosen.
export function ReportsRatings({ ratings, dates, days }: Props) {
  const [key, setKey] = useState("all");
  const groups = [ratings.all, ...ratings.teams, ...ratings.admins];
  const group = groups.find((g) => g.key === key) ?? ratings.all;
  const { counts, averages } = ratingSeries(group, dates);
  const labels = dates.map(shortDate);
  const who = group === ratings.all ? "all conversations" : group.label;

  return (
    <section class="card stack" aria-labelledby="reports-ratings-title">
      <h2 id="reports-ratings-title">Conversation ratings</h2>
      <dl class="reports-stats">
        <div class="card">
          <dt>Average rating</dt>
          <dd>{formatAverage(ratings.all.average)}</dd>
        </div>
        <div class="card">
          <dt>Ratings</dt>
          <dd>{ratings.all.count}</dd>
        </div>
      </dl>
      <div class="field reports-range">
        <label for="reports-ratings-group">Ratings by day for</label>
        <select id="reports-ratings-group" value={group.key} onChange={(e) => setKey(e.currentTarget.value)}>
          <option value="all">All conversations</option>
          {ratings.teams.length > 0 && <GroupOptions label="Teams" groups={ratings.teams} />}
          {ratings.admins.length > 0 && <GroupOptions label="Teammates" groups={ratings.admins} />}
        </select>
      </div>
      <ReportsChart
        kind="bar"
        title={`Ratings per day for ${who}, last ${days} days`}
        description={`${group.count} ratings over ${dates.length} days.`}
        categories={labels}
        categoryLabel="Day"
        series={[{ name: "Ratings", values: counts, tone: "series-1" }]}
      />
      <ReportsChart
        kind="line"
        title={`Average rating per day for ${who}, last ${days} days`}
        description={`Average ${formatAverage(group.average)} over the period; days without ratings have no average.`}
        categories={labels}
        categoryLabel="Day"
        ticks={[0, 1, 2, 3, 4, 5]}
        series={[{ name: "Average rating", values: averages, tone: "series-2" }]}
      />
      <div class="table-wrap">
        <table>
          <caption class="sr-only">Ratings per team and per teammate</caption>
          <thead>
            <tr>
              <th scope="col">Team or teammate</th>
              <th scope="col" class="numeric">
                Ratings
              </th>
              <th scope="col" class="numeric">
                Average
              </th>
            </tr>
          </thead>
          <tbody>
            {[...ratings.teams, ...ratings.admins].map((g) => (
              <tr key={g.key}>
                <th scope="row">
                  {g.label}
                  <span class="muted small">{g.key.startsWith("team:") ? " (team)" : ""}</span>
                </th>
                <td class="numeric">{g.count}</td>
                <td class="numeric">{formatAverage(g.average)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function GroupOptions({ label, groups }: { label: string; groups: RatingGroup[] }) {
  return (
    <optgroup label={label}>
      {groups.map((g) => (
        <option key={g.key} value={g.key}>
          {g.label}
        </option>
      ))}
    </optgroup>
  );
}
