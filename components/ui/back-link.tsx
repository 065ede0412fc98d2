import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClassName } from "./button";

/** A secondary button back to a list, e.g. "All datasets". */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className={buttonClassName({ variant: "secondary" })}>
      <ArrowLeft size={14} aria-hidden="true" />
      {children}
    </Link>
  );
}
