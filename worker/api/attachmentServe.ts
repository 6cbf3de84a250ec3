import { isImageType } from "../../shared/attachments.ts";
import { readFile } from "../durable/attachmentFiles.ts";
import { keyOfPath } from "../durable/attachmentKeys.ts";
import type { Handler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { verifySignedPath } from "../identity/attachmentSig.ts";
import { contentDisposition } from "./contentDisposition.ts";
import { secretKeyText } from "../identity/secretBox.ts";

// GET /attachments/{key}/{name}?exp=&sig=: a file, to whoever holds a current signed link and to
// no one else. Only an image proven by its bytes is served as itself; everything else, SVG and
// HTML included, is a download that no browser renders on Parley's origin.

export const serveAttachment: Handler = async (request, c) => {
  const url = new URL(request.url);
  const key = keyOfPath(url.pathname);
  const valid = key !== null && (await verifySignedPath(secretKeyText(c.env), url.pathname, url.searchParams.get("exp"), url.searchParams.get("sig"), c.now));
  if (!key || !valid) throw new ApiError("forbidden", "This link to a file is not valid or has expired.");
  const object = await readFile(c.env, key);
  if (!object) throw notFound("File");
  const stored = object.httpMetadata?.contentType ?? "";
  const image = isImageType(stored);
  const name = object.customMetadata?.name ?? "file";
  const expires = Number(url.searchParams.get("exp"));
  return new Response(object.body, {
    headers: {
      "content-type": image ? stored : "application/octet-stream",
      "content-disposition": contentDisposition(image ? "inline" : "attachment", name),
      "content-length": String(object.size),
      "x-content-type-options": "nosniff",
      // Should anything ever render here after all, it runs nothing and reaches nothing.
      "content-security-policy": "default-src 'none'; sandbox",
      "cross-origin-resource-policy": "cross-origin",
      "referrer-policy": "no-referrer",
      "cache-control": `private, max-age=${Math.max(0, expires - c.now)}, immutable`,
    },
  });
};
