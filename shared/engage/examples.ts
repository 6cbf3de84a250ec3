// The product brief's five auto messages, exactly as written. The demo workspace is seeded with
// them (paused), worker tests run them at their boundaries, and bench:rules times them.
import type { Rule } from "../rules/types.ts";

export interface ExampleAutoMessage {
  title: string;
  channel: "in_app" | "email";
  subject: string | null;
  body: string;
  rules: Rule;
}

const users: Rule = { field: "role", operator: "=", value: "user" };
const all = (...value: Rule[]): Rule => ({ operator: "AND", value: [users, ...value] });

export const EXAMPLE_AUTO_MESSAGES: readonly ExampleAutoMessage[] = [
  {
    title: "Welcome email",
    channel: "email",
    subject: "Welcome aboard!",
    body: "Hi there,\n\nThanks for signing up. Reply to this email if you need **anything** at all.",
    // signed up less than 1 day ago
    rules: all({ field: "signed_up_at", operator: ">", value: { days_ago: 1 } }),
  },
  {
    title: "Follow-up",
    channel: "in_app",
    subject: null,
    body: "How is it going so far? We would love to hear what you think.",
    // signed up more than 3 days ago, at least 5 web sessions
    rules: all({ field: "signed_up_at", operator: "<", value: { days_ago: 3 } }, { field: "web_sessions", operator: ">", value: 4 }),
  },
  {
    title: "Feature announcement",
    channel: "email",
    subject: "New since your last visit",
    body: "We shipped a lot since you last dropped by. Have a look at what is new.",
    // signed up more than 30 days ago, last seen more than 30 days ago
    rules: all({ field: "signed_up_at", operator: "<", value: { days_ago: 30 } }, { field: "last_seen_at", operator: "<", value: { days_ago: 30 } }),
  },
  {
    title: "Retention email",
    channel: "email",
    subject: "We miss you",
    body: "It has been a while. Is there anything we could do better?",
    // last seen more than 30 days ago
    rules: all({ field: "last_seen_at", operator: "<", value: { days_ago: 30 } }),
  },
  {
    title: "Check-up",
    channel: "in_app",
    subject: null,
    body: "You are getting a lot out of Parley. Anything we can help you with?",
    // signed up less than 60 days ago, at least 20 web sessions, last seen less than 3 days ago
    rules: all(
      { field: "signed_up_at", operator: ">", value: { days_ago: 60 } },
      { field: "web_sessions", operator: ">", value: 19 },
      { field: "last_seen_at", operator: ">", value: { days_ago: 3 } },
    ),
  },
];

export interface ExampleCampaign {
  name: string;
  target: Rule;
  goal: Rule;
  throttleDays: number;
  messages: readonly { title: string; channel: "in_app" | "email"; subject: string | null; body: string; priority: number }[];
}

/** The brief's campaign: "Onboarding new users", goal web sessions > 20, target signed up < 30 days ago. */
export const EXAMPLE_CAMPAIGN: ExampleCampaign = {
  name: "Onboarding new users",
  target: { field: "signed_up_at", operator: ">", value: { days_ago: 30 } },
  goal: { field: "web_sessions", operator: ">", value: 20 },
  throttleDays: 2,
  messages: [
    { title: "Welcome", channel: "in_app", subject: null, body: "Welcome! Here is how to get the most out of your first week.", priority: 1 },
    { title: "Tips and tricks", channel: "email", subject: "Three tips for your second week", body: "- Invite your team\n- Install the messenger\n- Write your first article", priority: 2 },
    { title: "Need a hand?", channel: "in_app", subject: null, body: "Stuck anywhere? Reply here and we will help.", priority: 3 },
  ],
};
