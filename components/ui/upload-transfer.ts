// How far an upload has got, in numbers and in words. Pure.

export interface TransferProgress {
  /** 0-100, whole. */
  percent: number;
  /** Bytes a second over the transfer so far, or null before any time has passed. */
  bytesPerSecond: number | null;
}

export function transferProgress(loaded: number, total: number, elapsedMs: number): TransferProgress {
  const percent = total > 0 ? Math.min(100, Math.floor((loaded / total) * 100)) : 0;
  return { percent, bytesPerSecond: elapsedMs > 0 ? (loaded / elapsedMs) * 1000 : null };
}

/** 1_234_567 bytes a second -> "1.2 MB/s" (decimal megabytes, as file sizes are shown). */
export function formatRate(bytesPerSecond: number | null): string {
  if (bytesPerSecond === null) return "— MB/s";
  const mb = bytesPerSecond / 1e6;
  return `${mb >= 100 ? mb.toFixed(0) : mb >= 10 ? mb.toFixed(1) : mb.toFixed(2)} MB/s`;
}
