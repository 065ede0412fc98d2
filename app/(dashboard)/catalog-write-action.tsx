import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClassName } from "@/components/ui/button";
import { actorHasScope, type Actor } from "@/lib/auth/actor";

interface ActionLink {
  href: string;
  icon: LucideIcon;
  label: string;
  /** A page's second action is a secondary button beside its primary one. */
  variant?: "primary" | "secondary";
}

/**
 * A list page's header action that adds to the catalog (a primary button linking to the form), for a
 * caller with the `catalog:write` scope; nothing for the others.
 */
export function catalogWriteAction(
  actor: Actor,
  { href, icon: Icon, label, variant = "primary" }: ActionLink,
): ReactNode {
  if (!actorHasScope(actor, "catalog:write")) return null;
  return (
    <Link href={href} className={buttonClassName({ variant })}>
      <Icon size={15} aria-hidden="true" />
      {label}
    </Link>
  );
}
