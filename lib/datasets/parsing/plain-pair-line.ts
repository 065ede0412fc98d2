// The fast path of a JSON Lines upload. Almost every line of a real dataset is one of the two ways
// the pipelines write a prompt/completion pair:
//   {"prompt":"…","completion":"…"}     JSON.stringify, and the canonical form itself
//   {"prompt": "…", "completion": "…"}  Python's json.dumps (the reference pipeline)
// When both strings use only the escapes JSON.stringify itself writes (\" \\ \b \f \n \r \t) and hold
// no control byte, each string's body, as bytes, is at once its canonical JSON (canonical-record.ts)
// and its COPY text field (copy-text-row.ts: COPY reads \" as ", and the other escapes as JSON does).
// Such a line is stored without decoding it to text or parsing it as JSON. Any other line (other keys,
// metadata, \uXXXX, other spacing, not JSON at all) returns no match, and the general path decides.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

// The escapes JSON.stringify writes in a string other than \uXXXX: " \ b f n r t.
const SHORT_ESCAPE = new Uint8Array(128);
for (const byte of Buffer.from('"\\bfnrt', "latin1")) SHORT_ESCAPE[byte] = 1;

const COMPACT = { open: Buffer.from('{"prompt":"'), middle: Buffer.from('","completion":"') };
const SPACED = { open: Buffer.from('{"prompt": "'), middle: Buffer.from('", "completion": "') };
const CLOSE = Buffer.from('"}');

/** Where the two strings' bodies lie in the line (end offsets exclusive), and whether the line is canonical as it stands. */
export interface PlainPair {
  promptStart: number;
  promptEnd: number;
  completionStart: number;
  completionEnd: number;
  /** The line's bytes are its canonical form (the compact way, JSON.stringify's). */
  canonical: boolean;
}

function startsWithAt(bytes: Uint8Array, at: number, end: number, expected: Uint8Array): boolean {
  if (end - at < expected.length) return false;
  for (let i = 0; i < expected.length; i += 1) if (bytes[at + i] !== expected[i]) return false;
  return true;
}

/** The offset of the quote closing the string whose body starts at `at`, or -1 if the body is not plain (see above). */
function plainStringEnd(bytes: Uint8Array, at: number, end: number): number {
  let i = at;
  while (i < end) {
    const byte = bytes[i];
    if (byte >= 0x20 && byte !== QUOTE && byte !== BACKSLASH) {
      i += 1;
      continue;
    }
    if (byte === QUOTE) return i;
    if (byte === BACKSLASH) {
      if (i + 1 >= end || SHORT_ESCAPE[bytes[i + 1]] !== 1) return -1;
      i += 2;
    } else return -1; // a control byte
  }
  return -1;
}

/**
 * The prompt/completion pair of the line bytes[start, end) (no line ending), if the line is one of the
 * two plain forms above; otherwise null. Fills and returns `into`, so a long upload allocates nothing per line.
 */
export function matchPlainPair(bytes: Uint8Array, start: number, end: number, into: PlainPair): PlainPair | null {
  const form = startsWithAt(bytes, start, end, COMPACT.open)
    ? COMPACT
    : startsWithAt(bytes, start, end, SPACED.open)
      ? SPACED
      : null;
  if (!form) return null;
  const promptStart = start + form.open.length;
  const promptEnd = plainStringEnd(bytes, promptStart, end);
  if (promptEnd === -1 || !startsWithAt(bytes, promptEnd, end, form.middle)) return null;
  const completionStart = promptEnd + form.middle.length;
  const completionEnd = plainStringEnd(bytes, completionStart, end);
  if (completionEnd === -1 || completionEnd + CLOSE.length !== end || !startsWithAt(bytes, completionEnd, end, CLOSE))
    return null;
  into.promptStart = promptStart;
  into.promptEnd = promptEnd;
  into.completionStart = completionStart;
  into.completionEnd = completionEnd;
  into.canonical = form === COMPACT;
  return into;
}
