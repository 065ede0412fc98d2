import { FlaskConical } from "lucide-react";
import type { Metadata } from "next";
import { TraitCard } from "@/components/traits/trait-card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-user";
import { listTraits } from "@/lib/traits/list-traits";
import styles from "./traits.module.css";

export const metadata: Metadata = { title: "Traits" };

export default async function TraitsPage() {
  await requireActor();
  const traits = await listTraits();

  return (
    <>
      <PageHeader
        title="Traits"
        description="Behaviours measured on models, such as a preference a teacher may pass to its students through data that never mentions it. Each measurement is a rate with its interval."
      />
      {traits.length === 0 ? (
        <EmptyState
          boxed
          icon={<FlaskConical size={18} />}
          title="No traits defined yet"
          description="A trait says what to measure and what counts as a positive sample, e.g. “the completion names an owl”. Traits appear here once measurements are recorded for them."
        />
      ) : (
        <div className={styles.list}>
          {traits.map((trait) => (
            <TraitCard key={trait.id} trait={trait} />
          ))}
        </div>
      )}
    </>
  );
}
