import {
  autoMessages, campaignEnrolments, campaignMessages, campaigns, contactEvents, deliveries, manualMessages, officeHoursRows, routingRules,
} from "../db/schema.ts";
import { companies, contactCompanies, dataAttributes, segments } from "../db/companySchema.ts";
import { savedReplies } from "../db/replySchema.ts";
import { webhookSubscriptions } from "../db/webhookSchema.ts";
import { conversationSection } from "./exportConversations.ts";
import { contactSection, noteSection, tagSection, teamSection } from "./exportPeople.ts";
import type { Section } from "./exportSection.ts";
import { tableSection } from "./exportTables.ts";

// Every type an export writes, in the order an import needs them (what is referred to comes
// first). One entry per type: docs/portability.md lists them.
export const SECTIONS: readonly Section[] = [
  teamSection,
  tagSection,
  tableSection("data_attribute", dataAttributes),
  tableSection("company", companies),
  contactSection,
  tableSection("contact_company", contactCompanies),
  noteSection,
  tableSection("event", contactEvents),
  conversationSection,
  tableSection("segment", segments),
  tableSection("webhook_subscription", webhookSubscriptions),
  tableSection("routing_rule", routingRules),
  tableSection("office_hours", officeHoursRows, ["workspace_id", "team_id"]),
  tableSection("saved_reply", savedReplies),
  tableSection("auto_message", autoMessages),
  tableSection("manual_message", manualMessages),
  tableSection("campaign", campaigns),
  tableSection("campaign_message", campaignMessages),
  tableSection("campaign_enrolment", campaignEnrolments, ["campaign_id", "contact_id"]),
  tableSection("delivery", deliveries),
];

export const sectionOf = (type: string): Section | undefined => SECTIONS.find((s) => s.type === type);
