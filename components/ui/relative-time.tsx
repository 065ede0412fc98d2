import { formatDateTime, formatRelativeDate } from "@/lib/format/format-date";

/** "3 days ago", with the exact UTC time on hover. */
export function RelativeTime({ iso }: { iso: string }) {
  return (
    // The relative wording can tick over between server render and hydration.
    <time dateTime={iso} title={formatDateTime(iso)} suppressHydrationWarning>
      {formatRelativeDate(iso)}
    </time>
  );
}
