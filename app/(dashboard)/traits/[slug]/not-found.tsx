import { ArrowLeft, FileQuestion } from "lucide-react";
import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import styles from "./trait-page.module.css";

export default function TraitNotFound() {
  return (
    <div className={styles.notFound}>
      <EmptyState
        icon={<FileQuestion size={18} />}
        title="Trait not found"
        description="No trait with this slug exists in this workspace. Traits are created when the first measurement names them."
        action={
          <Link href="/traits" className={buttonClassName({ variant: "secondary" })}>
            <ArrowLeft size={14} aria-hidden="true" />
            Back to traits
          </Link>
        }
      />
    </div>
  );
}
