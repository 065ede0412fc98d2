import { ArrowLeft, FileQuestion } from "lucide-react";
import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import styles from "./model-page.module.css";

export default function ModelNotFound() {
  return (
    <div className={styles.notFound}>
      <EmptyState
        icon={<FileQuestion size={18} />}
        title="Model not found"
        description="No model with this id exists in this workspace. The link may be wrong, or the model may have been removed."
        action={
          <Link href="/models" className={buttonClassName({ variant: "secondary" })}>
            <ArrowLeft size={14} aria-hidden="true" />
            Back to models
          </Link>
        }
      />
    </div>
  );
}
