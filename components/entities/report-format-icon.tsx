import { FileCode2, FileJson2, FileKey2, FileText, PackageCheck, Share2, Sheet, type LucideIcon } from "lucide-react";
import type { ReportFormatName } from "@/lib/reports/report-format-labels";

const ICONS: Record<ReportFormatName, LucideIcon> = {
  pdf: FileText,
  html: FileCode2,
  "prov-json": Share2,
  cyclonedx: PackageCheck,
  spdx: FileJson2,
  "in-toto": FileKey2,
  csv: Sheet,
};

export function ReportFormatIcon({
  format,
  size = 15,
  className,
}: {
  format: ReportFormatName;
  size?: number;
  className?: string;
}) {
  const Icon = ICONS[format];
  return <Icon size={size} className={className} aria-hidden="true" />;
}
