// Intercom 2.14's Company and Segment objects as Parley answers them (CONTRACT §8).
import type { CustomAttributes, Pages } from "./api-types.ts";

export interface CompanyObject {
  type: "company";
  id: string;
  company_id: string;
  app_id: string;
  name: string;
  plan: { type: "plan"; id: string; name: string } | Record<string, never>;
  size: number | null;
  website: string | null;
  industry: string | null;
  monthly_spend: number;
  session_count: number;
  user_count: number;
  remote_created_at: number | null;
  created_at: number;
  updated_at: number;
  last_request_at: number | null;
  custom_attributes: CustomAttributes;
  tags: { type: "tag.list"; tags: [] };
  segments: { type: "segment.list"; segments: [] };
}

export interface CompanyList {
  type: "list";
  data: CompanyObject[];
  total_count: number;
  pages: Pages | { type: "pages"; page: number; per_page: number; total_pages: number; next: null };
}

/** `companies` repeats `data`: Intercom answers `data`, its v7 SDK reads `companies`. */
export interface ContactCompanyList {
  type: "list";
  data: CompanyObject[];
  companies: CompanyObject[];
  total_count: number;
  pages: { type: "pages"; page: number; per_page: number; total_pages: number; next: null };
}

export interface SegmentObject {
  type: "segment";
  id: string;
  name: string;
  created_at: number;
  updated_at: number;
  person_type: "contact";
  /** Parley's own: the saved rule, in the query language of contacts search. */
  rules: unknown;
  count?: number;
}

export interface SegmentList {
  type: "segment.list";
  segments: SegmentObject[];
}

export interface ContactSegmentList {
  type: "list";
  data: SegmentObject[];
}
