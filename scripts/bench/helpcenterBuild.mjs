// The product side of bench:helpcenter, in its own process so that it can be measured: the public
// help center (content check, Astro, Pagefind) for PARLEY_HELP_ROOT into PARLEY_HELP_OUT.
import { buildHelpCenter } from "../../site/help/build/buildSite.ts";

const started = performance.now();
await buildHelpCenter((text) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${text}`), { preview: false });
