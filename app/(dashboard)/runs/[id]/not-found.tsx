import { ArrowLeft, FileQuestion } from "lucide-react";
import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import styles from "./run-page.module.css";

export default function RunNotFound() {
  return (
    <div className={styles.notFound}>
      <EmptyState
        icon={<FileQuestion size={18} />}
        title="Run not found"
        description="No distillation run with this id exists in this workspace. The link may be wrong, or the run may have been removed."
        action={
          <Link href="/runs" className={buttonClassName({ variant: "secondary" })}>
            <ArrowLeft size={14} aria-hidden="true" />
            Back to runs
          </Link>
        }
      />
    </div>
  );
}
