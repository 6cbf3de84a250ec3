import type { CampaignStats, FunnelStep } from "../lib/engageCampaigns.ts";

const BAR_H = 26;
const WIDTH = 520;
const LABEL_W = 180;

/** Enrolled → message 1 → … → goal reached, as horizontal bars scaled to the enrolled count. */
export function CampaignFunnel({ steps }: { steps: FunnelStep[] }) {
  const max = Math.max(1, ...steps.map((s) => s.value));
  const height = steps.length * (BAR_H + 8);
  return (
    <figure class="campaign-chart">
      <svg role="img" aria-label="Campaign funnel" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: `${WIDTH}px` }}>
        {steps.map((step, i) => {
          const y = i * (BAR_H + 8);
          const w = Math.round(((WIDTH - LABEL_W - 60) * step.value) / max);
          return (
            <g key={step.label} data-testid="funnel-step">
              <title>{`${step.label}: ${step.value}`}</title>
              <text x={0} y={y + BAR_H * 0.7} font-size="13">
                {step.label}
              </text>
              <rect x={LABEL_W} y={y} width={Math.max(w, 1)} height={BAR_H} rx={3} fill={i === steps.length - 1 ? "#1a7f37" : "#0969da"} />
              <text x={LABEL_W + Math.max(w, 1) + 6} y={y + BAR_H * 0.7} font-size="13">
                {step.value.toLocaleString("en")}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="muted small">People who entered, got each message, and reached the goal.</figcaption>
    </figure>
  );
}

/** Sends and goal completions per day, side by side. */
export function CampaignDays({ days }: { days: CampaignStats["days"] }) {
  if (days.length === 0) return <p class="muted">Nothing sent yet.</p>;
  const max = Math.max(1, ...days.flatMap((d) => [d.sent, d.goalReached]));
  const slot = 36;
  const h = 140;
  return (
    <figure class="campaign-chart">
      <svg role="img" aria-label="Sends and goal completions per day" viewBox={`0 0 ${days.length * slot + 20} ${h + 30}`} width="100%" style={{ maxWidth: `${days.length * slot + 20}px` }}>
        {days.map((d, i) => {
          const x = 10 + i * slot;
          const sentH = Math.round((h * d.sent) / max);
          const goalH = Math.round((h * d.goalReached) / max);
          const label = new Date(d.day * 1000).toISOString().slice(5, 10);
          return (
            <g key={d.day}>
              <title>{`${label}: ${d.sent} sent, ${d.goalReached} reached the goal`}</title>
              <rect x={x} y={h - sentH} width={14} height={sentH} fill="#0969da" />
              <rect x={x + 15} y={h - goalH} width={14} height={goalH} fill="#1a7f37" />
              <text x={x} y={h + 16} font-size="10">
                {label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="muted small">Blue: messages sent. Green: goal reached. Per UTC day.</figcaption>
    </figure>
  );
}
