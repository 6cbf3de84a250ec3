import * as z from "zod/mini";
import { attachment, type Upload } from "../../../../shared/attachments.ts";
import { en } from "../../../../shared/i18n/en.ts";
import { format } from "../../../../shared/i18n/language.ts";
import type { Messages } from "../../../../shared/i18n/messages.ts";

// One file to Parley with upload progress: fetch reports none, XMLHttpRequest does. The file is the
// raw body (no multipart), its name in `?name=`; the answer is the file and its receipt. Failures
// read in `t`'s language (the admin app's inbox passes none: English).

const answer = z.extend(attachment, { token: z.string() });
const errorList = z.object({ errors: z.array(z.object({ message: z.string() })) });

export interface UploadTask {
  done: Promise<Upload>;
  abort: () => void;
}

export function uploadFile(url: string, file: File, headers: Record<string, string>, onProgress: (fraction: number) => void, t: Messages = en): UploadTask {
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
      reject(new Error(error.success ? (error.data.errors[0]?.message ?? t.uploadFailed) : format(t.uploadFailedStatus, { status: xhr.status })));
    };
    xhr.onerror = () => reject(new Error(t.uploadFailedConnection));
    xhr.onabort = () => reject(new Error(t.uploadCancelled));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}
