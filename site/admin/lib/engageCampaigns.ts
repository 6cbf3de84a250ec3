// Campaigns through the Engage API, and the pure shaping of their stats for the charts.
import { request } from "./api.ts";
import { fields, type Fields } from "./decode.ts";
import type { Channel, MessageState } from "./engage.ts";

export interface CampaignMessage {
  index: number | null;
  title: string;
  channel: Channel;
  subject: string | null;
  body: string;
  fromAdminId: string;
  priority: number;
  rules: unknown;
}

export interface Campaign {
  id: string;
  name: string;
  target: unknown;
  goal: unknown;
  exitRules: unknown;
  throttleDays: number;
  state: MessageState;
  messages: CampaignMessage[];
  enrolled: number;
  goalReached: number;
}

export interface CampaignStats {
  enrolled: number;
  active: number;
  goalReached: number;
  completed: number;
  exited: number;
  messages: { index: number; sent: number }[];
  days: { day: number; sent: number; goalReached: number }[];
}

const STATES = ["live", "paused", "draft"] as const;

function parseMessage(f: Fields): CampaignMessage {
  return {
    index: f.num("index"),
    title: f.str("title"),
    channel: f.oneOf("channel", ["in_app", "email"] as const),
    subject: f.optStr("subject"),
    body: f.str("body"),
    fromAdminId: f.id("from_admin_id"),
    priority: f.num("priority"),
    rules: f.raw("rules"),
  };
}

function parseCampaign(f: Fields): Campaign {
  const count = (key: string) => (typeof f.raw(key) === "number" ? f.num(key) : 0);
  return {
    id: f.id("id"),
    name: f.str("name"),
    target: f.raw("target"),
    goal: f.raw("goal"),
    exitRules: f.raw("exit_rules") ?? null,
    throttleDays: f.num("throttle_days"),
    state: f.oneOf("state", STATES),
    messages: f.list("messages", parseMessage),
    enrolled: count("enrolled"),
    goalReached: count("goal_reached"),
  };
}

export function listCampaigns(signal: AbortSignal): Promise<Campaign[]> {
  return request("GET", "/api/campaigns", (p) => fields(p).list("data", parseCampaign), { signal });
}

export function saveCampaign(id: string | null, body: Record<string, unknown>): Promise<Campaign> {
  const parse = (p: unknown) => parseCampaign(fields(p));
  return id === null ? request("POST", "/api/campaigns", parse, { body }) : request("PUT", `/api/campaigns/${encodeURIComponent(id)}`, parse, { body });
}

export function campaignStats(id: string, signal: AbortSignal): Promise<CampaignStats> {
  return request(
    "GET",
    `/api/campaigns/${encodeURIComponent(id)}/stats`,
    (p) => {
      const f = fields(p);
      return {
        enrolled: f.num("enrolled"),
        active: f.num("active"),
        goalReached: f.num("goal_reached"),
        completed: f.num("completed"),
        exited: f.num("exited"),
        messages: f.list("messages", (m) => ({ index: m.num("index"), sent: m.num("sent") })),
        days: f.list("days", (d) => ({ day: d.num("day"), sent: d.num("sent"), goalReached: d.num("goal_reached") })),
      };
    },
    { signal },
  );
}

export interface FunnelStep {
  label: string;
  value: number;
}

/** Enrolled → each message → goal reached, the funnel chart's bars. */
export function funnelSteps(stats: CampaignStats, titles: readonly string[]): FunnelStep[] {
  return [
    { label: "Enrolled", value: stats.enrolled },
    ...stats.messages.map((m) => ({ label: `${m.index + 1}. ${titles[m.index] ?? "Message"}`, value: m.sent })),
    { label: "Goal reached", value: stats.goalReached },
  ];
}

export function goalRate(c: Pick<Campaign, "enrolled" | "goalReached">): string {
  return c.enrolled === 0 ? "—" : `${Math.round((c.goalReached / c.enrolled) * 100)}%`;
}
