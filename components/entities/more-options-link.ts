import { reportsPageHref, type ReportTarget } from "@/lib/reports/report-target";

/** An Export menu's last link: the Reports page, opened on the same subject, with every choice. */
export function moreOptionsLink(
  target: ReportTarget,
  description = "The Reports page: every format, past reports, verification.",
) {
  return { label: "More options…", description, href: reportsPageHref(target) };
}
