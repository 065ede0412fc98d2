/**
 * Where each stored record came from in the upload: its line number (the line its row ends on, for
 * CSV). Only the points where line - ordinal changes are kept (blank or skipped lines, multi-line CSV
 * rows), so a regular file costs nothing however large.
 */
export class OrdinalLines {
  private readonly ordinals: number[] = [];
  private readonly offsets: number[] = [];

  add(ordinal: number, line: number): void {
    const offset = line - ordinal;
    if (this.offsets[this.offsets.length - 1] !== offset) {
      this.ordinals.push(ordinal);
      this.offsets.push(offset);
    }
  }

  lineOf(ordinal: number): number {
    // The last change point at or before `ordinal`.
    let low = 0;
    let high = this.ordinals.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.ordinals[middle] <= ordinal) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return ordinal + (found === -1 ? 1 : this.offsets[found]);
  }
}
