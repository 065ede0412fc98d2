// A streaming UTF-8 validator: bytes are checked as they arrive (a character may be split across
// chunks), and the first invalid sequence is named by its line (counting from 1) and its byte offset
// in the file (counting from 0). Decoding would replace it with U+FFFD, and two different files
// would then read as the same dataset.

export class InvalidUtf8Error extends Error {
  constructor(
    readonly line: number,
    readonly offset: number,
  ) {
    super(`invalid UTF-8 at byte offset ${offset} (line ${line})`);
  }
}

export class Utf8Check {
  private offset = 0;
  private line = 1;
  /** Continuation bytes still expected, the allowed range of the next one, and where the character began. */
  private needed = 0;
  private lower = 0x80;
  private upper = 0xbf;
  private start = 0;
  private startLine = 1;

  update(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i += 1, this.offset += 1) {
      const byte = chunk[i];
      if (this.needed > 0) {
        if (byte < this.lower || byte > this.upper) throw new InvalidUtf8Error(this.startLine, this.start);
        this.lower = 0x80;
        this.upper = 0xbf;
        this.needed -= 1;
        continue;
      }
      if (byte < 0x80) {
        if (byte === 0x0a) this.line += 1;
        continue;
      }
      this.start = this.offset;
      this.startLine = this.line;
      if (byte >= 0xc2 && byte <= 0xdf) this.needed = 1;
      else if (byte >= 0xe0 && byte <= 0xef) {
        this.needed = 2;
        if (byte === 0xe0) this.lower = 0xa0; // overlong
        if (byte === 0xed) this.upper = 0x9f; // surrogates
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        this.needed = 3;
        if (byte === 0xf0) this.lower = 0x90; // overlong
        if (byte === 0xf4) this.upper = 0x8f; // above U+10FFFF
      } else throw new InvalidUtf8Error(this.line, this.offset);
    }
  }

  /** At the end of the file: a character cut short is invalid too. */
  end(): void {
    if (this.needed > 0) throw new InvalidUtf8Error(this.startLine, this.start);
  }
}
