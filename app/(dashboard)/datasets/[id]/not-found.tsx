import { ArrowLeft, FileQuestion } from "lucide-react";
import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import styles from "./dataset-page.module.css";

export default function DatasetNotFound() {
  return (
    <div className={styles.notFound}>
      <EmptyState
        icon={<FileQuestion size={18} />}
        title="Dataset not found"
        description="No dataset with this id exists in this workspace. The link may be wrong, or the dataset may have been removed."
        action={
          <Link href="/datasets" className={buttonClassName({ variant: "secondary" })}>
            <ArrowLeft size={14} aria-hidden="true" />
            Back to datasets
          </Link>
        }
      />
    </div>
  );
}
