import { formatBytes } from "./format";

// One line of upload progress for a terminal, redrawn in place with "\r".

export interface Progress {
  sent: number;
  /** 0 when the size is not known. */
  total: number;
  elapsedMs: number;
}

export function renderProgressBar({ sent, total, elapsedMs }: Progress, width = 30): string {
  const rate = elapsedMs > 0 ? `${formatBytes(Math.round((sent * 1000) / elapsedMs))}/s` : "";
  if (total <= 0) return [`${formatBytes(sent)} sent`, rate].filter(Boolean).join("  ");
  const share = Math.min(1, sent / total);
  const filled = Math.round(share * width);
  const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
  const percent = `${Math.floor(share * 100)}%`.padStart(4);
  return [bar, percent, `${formatBytes(sent)} / ${formatBytes(total)}`, rate].filter(Boolean).join("  ");
}
