import { ArrowUpRight } from "lucide-react";
import Link from "next/link";
import { LineageMiniGraph } from "@/components/lineage/lineage-mini-graph";
import { buttonClassName } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { Lineage } from "@/lib/lineage/lineage.types";

/** The model one edge upstream and downstream, as a small graph, with the way into the explorer. */
export function ModelLineageCard({ lineage }: { lineage: Lineage }) {
  return (
    <Card
      title="Lineage"
      description="One edge each way: its base, teachers and data upstream; what it generated and taught downstream."
      actions={
        <Link href={`/lineage?model=${encodeURIComponent(lineage.focus)}`} className={buttonClassName({ size: "sm" })}>
          Open in lineage explorer <ArrowUpRight size={13} aria-hidden="true" />
        </Link>
      }
      flush
      id="lineage"
    >
      <LineageMiniGraph lineage={lineage} />
    </Card>
  );
}
