import { describe, expect, it } from "vitest";
import { targetProblem } from "./targets.ts";

const production = (url: string) => targetProblem(url, false);

describe("targetProblem", () => {
  it("accepts public http and https receivers", () => {
    expect(production("https://hooks.example.com/parley")).toBeNull();
    expect(production("http://93.184.216.34:8080/in")).toBeNull();
    expect(production("https://[2606:4700::1111]/in")).toBeNull();
  });

  it("refuses other schemes, relative URLs and credentials everywhere", () => {
    for (const development of [false, true]) {
      expect(targetProblem("ftp://example.com/in", development)).toMatch(/http/);
      expect(targetProblem("javascript:alert(1)", development)).toMatch(/http/);
      expect(targetProblem("/webhooks", development)).toMatch(/absolute/);
      expect(targetProblem("https://user:pw@example.com/", development)).toMatch(/credentials/);
    }
  });

  it("refuses loopback, link-local and private targets in production, however they are spelled", () => {
    for (const url of [
      "http://127.0.0.1:9000/",
      "http://localhost/",
      "http://api.localhost/",
      "http://2130706433/",
      "http://0x7f.1/",
      "http://10.1.2.3/",
      "http://172.20.0.1/",
      "http://192.168.1.1/",
      "http://169.254.169.254/latest/meta-data",
      "http://100.64.0.1/",
      "http://0.0.0.0/",
      "http://[::1]/",
      "http://[::ffff:127.0.0.1]/",
      "http://[fe80::1]/",
      "http://[fd00::1]/",
      "http://metadata.google.internal/",
    ]) {
      expect(production(url), url).toMatch(/cannot receive/);
    }
  });

  it("allows loopback and private receivers under wrangler dev", () => {
    expect(targetProblem("http://127.0.0.1:9000/hook", true)).toBeNull();
    expect(targetProblem("http://localhost:9000/hook", true)).toBeNull();
  });
});
