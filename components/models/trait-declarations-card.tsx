import { Megaphone } from "lucide-react";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import list from "@/components/ui/item-list.module.css";
import { StackedItem } from "@/components/ui/stacked-item";
import item from "@/components/ui/stacked-item.module.css";
import { RelativeTime } from "@/components/ui/relative-time";
import type { TraitDeclarationDto } from "@/lib/declarations/declaration.types";
import { DeclareTraitForm } from "./declare-trait-form";
import styles from "./trait-declarations.module.css";
import { WithdrawDeclarationButton } from "./withdraw-declaration-button";

interface TraitDeclarationsCardProps {
  modelId: string;
  declarations: readonly TraitDeclarationDto[];
  traits: readonly { slug: string; name: string }[];
  canWrite: boolean;
}

/**
 * The traits this model is declared to carry without a measurement (a prompted teacher's trait is
 * known from its prompt; the reference pipeline never evaluates it), who declared each and why; and
 * for engineers, a form to declare one.
 */
export function TraitDeclarationsCard({ modelId, declarations, traits, canWrite }: TraitDeclarationsCardProps) {
  return (
    <Card
      title={
        <>
          <Megaphone size={15} aria-hidden="true" />
          Declared traits
        </>
      }
      meta={declarations.length}
      description="A model declared to carry a trait is a source of it: every model downstream of it is exposed, and listed until it is measured."
      flush
      id="declared-traits"
    >
      {declarations.length === 0 ? (
        <p className={item.none}>
          No trait is declared on this model.
          {canWrite
            ? " Declare one below when you know it carries a trait it was not measured on, e.g. from its system prompt."
            : ""}
        </p>
      ) : (
        <ul className={list.list} data-testid="declarations">
          {declarations.map((d) => (
            <StackedItem
              key={d.id}
              head={
                <>
                  <Link href={`/traits/${d.trait.slug}`} className={styles.trait}>
                    {d.trait.name}
                  </Link>
                  <span className={styles.by}>
                    declared by {d.declaredBy} <RelativeTime iso={d.createdAt} />
                  </span>
                  {canWrite && <WithdrawDeclarationButton modelId={modelId} trait={d.trait} />}
                </>
              }
            >
              <p className={styles.reason}>{d.reason}</p>
            </StackedItem>
          ))}
        </ul>
      )}
      {canWrite && <DeclareTraitForm modelId={modelId} traits={traits} />}
    </Card>
  );
}
