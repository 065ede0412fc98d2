import { ArrowUpRight } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClassName } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { Lineage } from "@/lib/lineage/lineage.types";

/**
 * The model one edge upstream and downstream, with the way into the explorer; the page passes the small
 * graph (the lineage feature's LineageMiniGraph) as `children`, so that models does not import lineage.
 */
export function ModelLineageCard({ lineage, children }: { lineage: Lineage; children: ReactNode }) {
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
      {children}
    </Card>
  );
}
