import { ScrollText } from "lucide-react";
import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";

interface AuditTrailLinkProps {
  /** The type the audit log records the object under, e.g. "model", "dataset", "distillation_run". */
  entityType: string;
  entityId: string;
}

/** For those who may read the audit log: the log narrowed to this object's events. */
export function AuditTrailLink({ entityType, entityId }: AuditTrailLinkProps) {
  return (
    <Link
      href={`/audit?${new URLSearchParams({ entityType, entityId })}`}
      className={buttonClassName({ variant: "secondary" })}
    >
      <ScrollText size={14} aria-hidden="true" />
      Audit trail
    </Link>
  );
}
