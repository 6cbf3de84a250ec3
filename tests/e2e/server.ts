import type { TestProject } from "vitest/node";
import { startDevServer } from "../../scripts/devServer.mjs";

export interface Demo {
  email: string;
  password: string;
  apiToken: string;
  identitySecret: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    demo: Demo;
  }
}

const DEMO_ENV = { PARLEY_ADMIN_PASSWORD: "e2e-password-123", PARLEY_API_TOKEN: "parley_e2e_token_0123456789", PARLEY_IDENTITY_SECRET: "e2e-identity-secret" };

/** The real app (`wrangler dev` over a fresh local database) on a free port for e2e tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // A short email delay lets tests see an unseen reply emailed (tests/integration/emailContinuation.test.ts).
  const server = await startDevServer({ seed: DEMO_ENV, vars: { PARLEY_EMAIL_DELAY_S: "2" } });
  const creds = server.creds;
  if (!creds) throw new Error("the demo workspace was not seeded");
  project.provide("baseUrl", server.url);
  project.provide("demo", { email: "owner@example.com", password: creds.password, apiToken: creds.apiToken, identitySecret: creds.identitySecret });
  return server.stop;
}
