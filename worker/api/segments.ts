// CONTRACT §8 segments: saved rules (Parley's own POST), listed and matched as Intercom's.
import { z } from "zod";
import type { ContactSegmentList, SegmentList, SegmentObject } from "../../shared/companyApi.ts";
import { parseRule } from "../../shared/rules/index.ts";
import { contactById, isContactId } from "../db/contacts.ts";
import type { Segment } from "../db/companySchema.ts";
import { insertSegment, isSegmentId, listSegments, segmentById, segmentCount, segmentsOfContact } from "../db/segments.ts";
import { readJson } from "../http/body.ts";
import { param, queryString, type AuthedCtx, type AuthedHandler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";

const createBody = z.object({ name: z.string().trim().min(1, "name must not be empty").max(255), rules: z.unknown() });

export function segmentView(segment: Segment, count?: number): SegmentObject {
  return {
    type: "segment",
    id: String(segment.id),
    name: segment.name,
    created_at: segment.createdAt,
    updated_at: segment.updatedAt,
    person_type: "contact",
    rules: segment.rules,
    ...(count === undefined ? {} : { count }),
  };
}

async function segmentOr404(c: AuthedCtx, raw: string): Promise<Segment> {
  const segment = isSegmentId(raw) ? await segmentById(c.db, c.principal.workspaceId, Number(raw)) : undefined;
  if (!segment) throw notFound("Segment");
  return segment;
}

/** Intercom's `include_count=true` counts each segment's members now. */
function wantsCount(request: Parameters<AuthedHandler>[0]): boolean {
  return queryString(request, "include_count") === "true";
}

export const createSegmentRoute: AuthedHandler = async (request, c) => {
  const body = await readJson(request, createBody);
  if (body.rules === undefined) throw new ApiError("parameter_not_found", "rules is required.");
  const parsed = parseRule(body.rules, "rules");
  if (!parsed.ok) throw new ApiError("parameter_invalid", parsed.errors.map((e) => e.message).join("; "));
  const segment = await insertSegment(c.db, { workspaceId: c.principal.workspaceId, name: body.name, rules: parsed.rule, createdAt: c.now, updatedAt: c.now });
  return Response.json(segmentView(segment));
};

export const listSegmentsRoute: AuthedHandler = async (request, c) => {
  const rows = await listSegments(c.db, c.principal.workspaceId);
  const counts = wantsCount(request) ? await Promise.all(rows.map((row) => segmentCount(c.db, c.principal.workspaceId, row, c.now))) : [];
  const body = { type: "segment.list", segments: rows.map((row, i) => segmentView(row, counts[i])) } satisfies SegmentList;
  return Response.json(body);
};

export const getSegmentRoute: AuthedHandler = async (request, c) => {
  const segment = await segmentOr404(c, param(request, "id"));
  return Response.json(segmentView(segment, wantsCount(request) ? await segmentCount(c.db, c.principal.workspaceId, segment, c.now) : undefined));
};

export const contactSegmentsRoute: AuthedHandler = async (request, c) => {
  const raw = param(request, "id");
  const contact = isContactId(raw) ? await contactById(c.db, c.principal.workspaceId, raw) : undefined;
  if (!contact) throw notFound("User");
  const body = { type: "list", data: (await segmentsOfContact(c.db, c.principal.workspaceId, contact.id, c.now)).map((row) => segmentView(row)) } satisfies ContactSegmentList;
  return Response.json(body);
};
