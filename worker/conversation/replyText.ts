// What the contact wrote in an emailed reply, without the earlier messages their mail client
// quoted below it and without their signature. Mail clients mark the quote differently:
// Gmail and Apple Mail with "On … wrote:" and `>` lines, Outlook with "-----Original Message-----"
// or a "From: … Sent: …" block under a rule, phones with "Sent from my …".

const ATTRIBUTION_END = /(wrote|a écrit|schrieb|escribió|scrisse|ha scritto|schreef)\s*:\s*$/i;
// German and Dutch clients name the sender after the verb: "Am … schrieb Ann <ann@example.com>:".
const ATTRIBUTION_VERB_FIRST = /\b(schrieb|schreef)\s[^:]*@[^:]*:\s*$/i;
const ATTRIBUTION_START = /^(on|le|am|el|il|op)\s/i;
const ORIGINAL_MESSAGE = /^-{2,}\s*(original message|forwarded message|ursprüngliche nachricht|message d'origine)\s*-{2,}$/i;
const RULE = /^_{10,}$/;
const HEADER_FROM = /^\*?(from|von|de)\s*:\*?\s/i;
const HEADER_SENT = /^\*?(sent|date|gesendet|envoyé|enviado)\s*:\*?\s/i;
const SIGNATURE = /^-- ?$/;
const MOBILE_SIGNATURE = /^sent from my [\w .-]+$/i;

/** The index of the first line of the quote (or signature), or the number of lines when none. */
function quoteStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const next = (lines[i + 1] ?? "").trim();
    const attribution = (text: string) => ATTRIBUTION_END.test(text) || ATTRIBUTION_VERB_FIRST.test(text);
    if (ATTRIBUTION_START.test(line) && (attribution(line) || attribution(`${line} ${next}`))) return i;
    if (ORIGINAL_MESSAGE.test(line) || SIGNATURE.test(lines[i] ?? "")) return i;
    if (HEADER_FROM.test(line) && lines.slice(i + 1, i + 4).some((l) => HEADER_SENT.test(l.trim()))) return i;
    if (RULE.test(line) && HEADER_FROM.test(next)) return i;
  }
  return lines.length;
}

export function replyText(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const kept = lines.slice(0, quoteStart(lines)).filter((line) => !line.trimStart().startsWith(">"));
  while (kept.length > 0 && (kept[kept.length - 1] ?? "").trim() === "") kept.pop();
  if (kept.length > 0 && MOBILE_SIGNATURE.test((kept[kept.length - 1] ?? "").trim())) kept.pop();
  return kept.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
