import * as z from "zod/mini";
import { attachment, type Upload } from "../../../../shared/attachments.ts";

// One file to Parley with upload progress: fetch reports none, XMLHttpRequest does. The file is the
// raw body (no multipart), its name in `?name=`; the answer is the file and its receipt.

const answer = z.extend(attachment, { token: z.string() });
const errorList = z.object({ errors: z.array(z.object({ message: z.string() })) });

export interface UploadTask {
  done: Promise<Upload>;
  abort: () => void;
}

export function uploadFile(url: string, file: File, headers: Record<string, string>, onProgress: (fraction: number) => void): UploadTask {
  const xhr = new XMLHttpRequest();
  const done = new Promise<Upload>((resolve, reject) => {
    const sep = url.includes("?") ? "&" : "?";
    xhr.open("POST", `${url}${sep}name=${encodeURIComponent(file.name)}`);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader("content-type", file.type || "application/octet-stream");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: the status explains it below.
      }
      const ok = answer.safeParse(data);
      if (xhr.status === 200 && ok.success) return resolve(ok.data);
      const error = errorList.safeParse(data);
      reject(new Error(error.success ? (error.data.errors[0]?.message ?? "Upload failed.") : `Upload failed (${xhr.status}).`));
    };
    xhr.onerror = () => reject(new Error("Upload failed. Check your connection."));
    xhr.onabort = () => reject(new Error("Upload cancelled."));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}
