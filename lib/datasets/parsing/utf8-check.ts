import { isUtf8 } from "node:buffer";

// A streaming UTF-8 validator: bytes are checked as they arrive (a character may be split across
// chunks), and the first invalid sequence is named by its line (counting from 1) and its byte offset
// in the file (counting from 0). Decoding would replace it with U+FFFD, and two different files
// would then read as the same dataset.
//
// Each chunk's whole characters are checked by Node's native isUtf8; the bytes of a character cut at
// the chunk's end wait for the next chunk. Only a chunk that fails is walked byte by byte, to name
// where it fails.

export class InvalidUtf8Error extends Error {
  constructor(
    readonly line: number,
    readonly offset: number,
  ) {
    super(`invalid UTF-8 at byte offset ${offset} (line ${line})`);
  }
}

const NEWLINE = 0x0a;

export class Utf8Check {
  /** Offset and line of the first byte not yet checked, which always begins a character. */
  private offset = 0;
  private line = 1;
  /** The first bytes of a character cut at the end of the last chunk. */
  private carry: Uint8Array = new Uint8Array(0);

  update(chunk: Uint8Array): void {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const whole = wholeCharactersLength(bytes);
    const checked = bytes.subarray(0, whole);
    if (!isUtf8(checked)) locateInvalid(checked, this.offset, this.line);
    this.line += countNewlines(checked);
    this.offset += whole;
    this.carry = Uint8Array.from(bytes.subarray(whole));
  }

  /** At the end of the file: a character cut short is invalid too. */
  end(): void {
    if (this.carry.length > 0) locateInvalid(this.carry, this.offset, this.line);
  }
}

/** How many bytes of `bytes` end on a character boundary: a character begun in the last 3 bytes and not finished is left out. */
function wholeCharactersLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back];
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}

function countNewlines(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let at = buffer.indexOf(NEWLINE); at !== -1; at = buffer.indexOf(NEWLINE, at + 1)) count += 1;
  return count;
}

/**
 * Walks bytes known to hold invalid UTF-8 (they begin a character at file offset `offset`, on line
 * `line`) and throws naming the first invalid sequence: where its character began.
 */
function locateInvalid(bytes: Uint8Array, offset: number, line: number): never {
  let needed = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let start = offset;
  let startLine = line;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i];
    if (needed > 0) {
      if (byte < lower || byte > upper) throw new InvalidUtf8Error(startLine, start);
      lower = 0x80;
      upper = 0xbf;
      needed -= 1;
      continue;
    }
    if (byte < 0x80) {
      if (byte === NEWLINE) line += 1;
      continue;
    }
    start = offset + i;
    startLine = line;
    if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
    else if (byte >= 0xe0 && byte <= 0xef) {
      needed = 2;
      if (byte === 0xe0) lower = 0xa0; // overlong
      if (byte === 0xed) upper = 0x9f; // surrogates
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      needed = 3;
      if (byte === 0xf0) lower = 0x90; // overlong
      if (byte === 0xf4) upper = 0x8f; // above U+10FFFF
    } else throw new InvalidUtf8Error(line, offset + i);
  }
  // Only a character cut short is left: invalid at the end of the file.
  throw new InvalidUtf8Error(startLine, start);
}
