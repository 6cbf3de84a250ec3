import { z } from "zod";
import { IntercomClient, IntercomError } from "intercom-client";
import { describe, expect, inject, it } from "vitest";

// Intercom's official SDK (v7) on Parley's companies, data attributes, segments, notes and merge
// (CONTRACT §8): it must parse every answer, and page through lists to their end.
function client(): IntercomClient {
  return new IntercomClient({ token: inject("demo").apiToken, baseUrl: `${inject("baseUrl")}/api` });
}

async function raw(path: string, body: unknown): Promise<Response> {
  return fetch(`${inject("baseUrl")}/api${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${inject("demo").apiToken}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function collect<T>(page: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of page) items.push(item);
  return items;
}

describe("intercom-client v7 companies against Parley", () => {
  it("creates, updates, finds, lists, attaches, lists by contact and detaches companies", async () => {
    const sdk = client();
    const stamp = Date.now();
    const companyId = `sdk-co-${stamp}`;
    const created = await sdk.companies.createOrUpdate({ company_id: companyId, name: "Acme", plan: "Pro", size: 40, website: "https://acme.example", industry: "Anvils" });
    expect(created).toMatchObject({ type: "company", company_id: companyId, name: "Acme", plan: { name: "Pro" }, size: 40 });
    const updated = await sdk.companies.createOrUpdate({ company_id: companyId, monthly_spend: 99, custom_attributes: { tier: "gold" } });
    expect(updated).toMatchObject({ id: created.id, name: "Acme", monthly_spend: 99, custom_attributes: { tier: "gold" } });
    expect(await sdk.companies.find({ company_id: created.id })).toMatchObject({ id: created.id, company_id: companyId });
    expect(await sdk.companies.retrieve({ company_id: companyId })).toMatchObject({ id: created.id });
    expect((await collect(await sdk.companies.list({ per_page: 50 }))).map((c) => c.id)).toContain(created.id);

    const contact = await sdk.contacts.create({ external_id: `sdk-co-user-${stamp}`, email: `co-${stamp}@example.com` });
    const contactId = contact.id ?? "";
    expect(await sdk.companies.attachContact({ contact_id: contactId, id: created.id })).toMatchObject({ id: created.id, user_count: 1 });
    expect((await collect(await sdk.contacts.listAttachedCompanies({ contact_id: contactId }))).map((c) => c.id)).toEqual([created.id]);
    expect(await sdk.companies.detachContact({ contact_id: contactId, company_id: created.id })).toMatchObject({ id: created.id });
    expect(await collect(await sdk.contacts.listAttachedCompanies({ contact_id: contactId }))).toEqual([]);
    await sdk.contacts.delete({ contact_id: contactId });
  });
});

describe("intercom-client v7 data attributes against Parley", () => {
  it("lists built-in and custom attributes, creates one, and the contacts API then refuses another type", async () => {
    const sdk = client();
    const stamp = Date.now();
    const name = `sdk_seats_${stamp}`;
    // The SDK's generated request type lacks `name` and `model`, which its API needs: pass a variable.
    const request = { name, model: "contact", data_type: "integer" } as const;
    const created = await sdk.dataAttributes.create(request);
    expect(created).toMatchObject({ type: "data_attribute", name, full_name: `custom_attributes.${name}`, data_type: "integer", custom: true });
    const listed = await sdk.dataAttributes.list({ model: "contact" });
    expect(listed.data?.map((a) => a.name)).toEqual(expect.arrayContaining(["email", name]));

    const contact = await sdk.contacts.create({ external_id: `sdk-attr-${stamp}` });
    const contactId = contact.id ?? "";
    expect(await sdk.contacts.update({ contact_id: contactId, custom_attributes: { [name]: 12 } })).toMatchObject({ custom_attributes: { [name]: 12 } });
    const refused = await sdk.contacts.update({ contact_id: contactId, custom_attributes: { [name]: "12" } }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(IntercomError);
    expect(refused).toMatchObject({ statusCode: 400, body: { errors: [{ code: "parameter_invalid" }] } });
    await sdk.contacts.delete({ contact_id: contactId });
  });
});

describe("intercom-client v7 segments against Parley", () => {
  it("lists and finds a segment saved through Parley's POST /segments, and a contact's segments", async () => {
    const sdk = client();
    const stamp = Date.now();
    const response = await raw("/segments", { name: `SDK ${stamp}`, rules: { field: "external_id", operator: "=", value: `sdk-seg-${stamp}` } });
    expect(response.status).toBe(200);
    const saved = z.object({ id: z.string() }).parse(await response.json());
    expect((await sdk.segments.list()).segments?.map((s) => s.id)).toContain(saved.id);
    expect(await sdk.segments.find({ segment_id: saved.id })).toMatchObject({ type: "segment", id: saved.id, name: `SDK ${stamp}` });

    const member = await sdk.contacts.create({ external_id: `sdk-seg-${stamp}` });
    const memberId = member.id ?? "";
    expect((await sdk.contacts.listAttachedSegments({ contact_id: memberId })).data?.map((s) => s.id)).toContain(saved.id);
    await sdk.contacts.delete({ contact_id: memberId });
  });
});

describe("intercom-client v7 notes and merge against Parley", () => {
  it("pages a contact's notes to the end, and merges a lead with its notes into a user", async () => {
    const sdk = client();
    const stamp = Date.now();
    const lead = await sdk.contacts.create({ role: "lead", name: `Lead ${stamp}` });
    const user = await sdk.contacts.create({ external_id: `sdk-merge-${stamp}`, email: `merge-${stamp}@example.com` });
    const leadId = lead.id ?? "";
    const userId = user.id ?? "";
    const adminId = String((await sdk.admins.identify())?.id ?? "");
    const note = await sdk.notes.create({ contact_id: leadId, body: "Met at the fair", admin_id: adminId });
    expect(note).toMatchObject({ type: "note", body: "Met at the fair", contact: { id: leadId } });
    expect((await collect(await sdk.notes.list({ contact_id: leadId }))).map((n) => n.id)).toEqual([note.id]);

    const merged = await sdk.contacts.mergeLeadInUser({ from: leadId, into: userId });
    expect(merged).toMatchObject({ type: "contact", id: userId, role: "user", name: `Lead ${stamp}` });
    expect((await collect(await sdk.notes.list({ contact_id: userId }))).map((n) => n.id)).toEqual([note.id]);
    const gone = await sdk.contacts.find({ contact_id: leadId }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(gone).toMatchObject({ statusCode: 404 });
    await sdk.contacts.delete({ contact_id: userId });
  });
});
