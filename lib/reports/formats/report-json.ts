// The JSON report formats (PROV-JSON, CycloneDX, SPDX) as text, with the signature slot where the format asked for it and
// nowhere else.
import { BLANK_SLOT } from "@/lib/reports/signature-slot";

// A free-text value could read like a slot ("pedigree-signature:v1:…"), and findSlots/blankSlots/fillSlots work on bytes:
// such text would be blanked before hashing (so it could be changed after signing) or filled like the real slot. Inside a
// JSON string the colon can be written as \u003a, which reads back the same but no longer matches the slot pattern.
const SLOT_LOOKALIKE = "pedigree-signature:";
const SLOT_LOOKALIKE_ESCAPED = "pedigree-signature\\u003a";

// These characters only ever appear inside JSON strings; escaped, the report stays inert if a browser is ever handed it as
// HTML, and the parsed values are unchanged.
const HTML_SENSITIVE = /[<>&\u2028\u2029]/g;

/**
 * Pretty-printed JSON (2 spaces, final newline) of the document `build` returns. `build` gets a `slot()` to call wherever
 * the blank signature slot belongs; each such value is written as the slot verbatim.
 */
export function reportJson(build: (slot: () => string) => unknown): string {
  for (let attempt = 0; ; attempt += 1) {
    const marker = JSON.stringify(`pedigree-slot-placeholder-${attempt}`);
    let placed = 0;
    const text = JSON.stringify(
      build(() => {
        placed += 1;
        return JSON.parse(marker) as string;
      }),
      null,
      2,
    );
    // Some free text reads exactly like the placeholder: try another one rather than sign it.
    if (text.split(marker).length - 1 !== placed) continue;
    const escaped = text
      .replace(HTML_SENSITIVE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`)
      .split(SLOT_LOOKALIKE)
      .join(SLOT_LOOKALIKE_ESCAPED);
    return `${escaped.split(marker).join(JSON.stringify(BLANK_SLOT))}\n`;
  }
}
