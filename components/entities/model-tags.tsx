import { Badge } from "@/components/ui/badge";
import styles from "./model-tags.module.css";

export function ModelTags({ tags, max }: { tags: string[]; max?: number }) {
  if (tags.length === 0) return null;
  const shown = max === undefined ? tags : tags.slice(0, max);
  const hidden = tags.length - shown.length;
  return (
    <span className={styles.tags}>
      {shown.map((tag) => (
        <Badge key={tag} variant="chip">
          {tag}
        </Badge>
      ))}
      {hidden > 0 && (
        <span className={styles.more} title={tags.slice(shown.length).join(", ")}>
          +{hidden}
        </span>
      )}
    </span>
  );
}
