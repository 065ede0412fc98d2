import {
  BookOpen,
  Boxes,
  Database,
  FileCheck2,
  FlaskConical,
  FileUp,
  GitCompare,
  LayoutDashboard,
  Network,
  Ruler,
  ScrollText,
  Settings,
  Workflow,
  type LucideIcon,
} from "lucide-react";
import type { Scope } from "@/lib/auth/roles";

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
  /** Shown only to actors with this scope. */
  scope?: Scope;
}

export interface NavGroup {
  label: string;
  items: NavItem[];
}

export const NAV_GROUPS: NavGroup[] = [
  {
    label: "Workspace",
    items: [
      { href: "/overview", label: "Overview", icon: LayoutDashboard },
      { href: "/lineage", label: "Lineage", icon: Network },
    ],
  },
  {
    label: "Catalog",
    items: [
      { href: "/models", label: "Models", icon: Boxes },
      { href: "/datasets", label: "Datasets", icon: Database },
      { href: "/runs", label: "Runs", icon: Workflow },
      { href: "/traits", label: "Traits", icon: FlaskConical },
      { href: "/measurements", label: "Measurements", icon: Ruler },
      { href: "/compare", label: "Compare", icon: GitCompare },
      { href: "/imports", label: "Imports", icon: FileUp, scope: "catalog:write" },
    ],
  },
  {
    label: "Governance",
    items: [
      { href: "/reports", label: "Reports", icon: FileCheck2, scope: "reports:export" },
      { href: "/audit", label: "Audit", icon: ScrollText, scope: "audit:read" },
      { href: "/api-reference", label: "API reference", icon: BookOpen },
      { href: "/settings", label: "Settings", icon: Settings },
    ],
  },
];

/** The nav item a path belongs to: /models/abc is under Models. */
export function activeNavItem(pathname: string): NavItem | undefined {
  return NAV_GROUPS.flatMap((group) => group.items).find(
    (item) => pathname === item.href || pathname.startsWith(`${item.href}/`),
  );
}
