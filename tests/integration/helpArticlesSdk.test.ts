import { IntercomClient } from "intercom-client";
import { describe, expect, inject, it } from "vitest";

// Intercom's official SDK reads Parley's help center through the articles API.
function client(): IntercomClient {
  return new IntercomClient({ token: inject("demo").apiToken, baseUrl: `${inject("baseUrl")}/api` });
}

describe("intercom-client v7 articles against Parley", () => {
  it("walks every published article with the SDK's page-numbered paginator", async () => {
    const ids: string[] = [];
    for await (const article of await client().articles.list({ per_page: 5 })) ids.push(article.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("inbox/teams-and-routing");
  });

  it("finds one article by its path and searches by a word of its body", async () => {
    const sdk = client();
    // @ts-expect-error Intercom's types say article ids are numbers; Parley's are paths, and the SDK sends them as given.
    const article = await sdk.articles.find({ article_id: "inbox/teams-and-routing" });
    expect(article).toMatchObject({ id: "inbox/teams-and-routing", state: "published", parent_type: "collection" });
    const found = await sdk.articles.search({ phrase: "priceless" });
    expect(found.data?.articles?.map((a) => a.id)).toEqual(["inbox/teams-and-routing"]);
  });

  it("cannot create an article: they are written in git", async () => {
    await expect(client().articles.create({ title: "From the SDK", author_id: 1 })).rejects.toMatchObject({ statusCode: 405 });
  });
});
