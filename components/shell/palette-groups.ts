import { Boxes, Database, FileCheck2, FlaskConical, Workflow, type LucideIcon } from "lucide-react";
import type { Scope } from "@/lib/auth/roles";
import { SEARCH_MATCHES, type SearchKind, type SearchResults } from "@/lib/search/search.types";
import { NAV_GROUPS, type NavItem } from "./nav-items";
import { QUICK_ACTIONS } from "./quick-actions";

export interface PaletteOption {
  label: string;
  /** A second line that tells it apart (provider, digest, slug), or the area of a page. */
  secondary?: string;
  href: string;
  icon: LucideIcon;
}

export interface PaletteGroup {
  key: string;
  label: string;
  options: PaletteOption[];
}

const KIND_ICONS: Record<SearchKind, LucideIcon> = {
  model: Boxes,
  dataset: Database,
  run: Workflow,
  trait: FlaskConical,
  report: FileCheck2,
};

const allowed = (scopes: readonly Scope[]) => (item: NavItem) => !item.scope || scopes.includes(item.scope);

/** The pages of the main navigation the actor may open, each with its area ("Catalog"). */
function pageOptions(scopes: readonly Scope[]): PaletteOption[] {
  return NAV_GROUPS.flatMap((group) =>
    group.items.filter(allowed(scopes)).map(({ href, label, icon }) => ({ href, label, icon, secondary: group.label })),
  );
}

function actionOptions(scopes: readonly Scope[]): PaletteOption[] {
  return QUICK_ACTIONS.filter(allowed(scopes)).map(({ href, label, icon }) => ({ href, label, icon }));
}

/** 0 for the whole label, 1 for its beginning, 2 for inside it, as the server ranks results; -1 for no match. */
function labelRank(label: string, text: string): number {
  const lower = label.toLowerCase();
  if (lower === text) return 0;
  if (lower.startsWith(text)) return 1;
  return lower.includes(text) ? 2 : -1;
}

/**
 * What the command palette lists for `text`. Without text: the pages and actions the actor may use.
 * With text: the search's groups, as the server ordered them (best match first), and the pages and
 * actions whose names hold the text, placed before the first group they match better than, so that the
 * first option is always the best one.
 */
export function paletteGroups(
  text: string,
  scopes: readonly Scope[],
  results: SearchResults | undefined,
): PaletteGroup[] {
  const pages = pageOptions(scopes);
  const actions = actionOptions(scopes);
  const q = text.trim().toLowerCase();
  if (q === "") {
    return [
      { key: "pages", label: "Go to", options: pages },
      { key: "actions", label: "Actions", options: actions },
    ].filter((group) => group.options.length > 0);
  }

  const ranked = [...pages, ...actions]
    .map((option) => ({ option, rank: labelRank(option.label, q) }))
    .filter(({ rank }) => rank >= 0)
    .sort((a, b) => a.rank - b.rank);
  const found: { rank: number; group: PaletteGroup }[] = (results?.groups ?? []).map((group) => ({
    rank: SEARCH_MATCHES.indexOf(group.results[0].match),
    group: {
      key: group.kind,
      label: group.label,
      options: group.results.map(({ kind, label, secondary, href }) => ({
        label,
        secondary,
        href,
        icon: KIND_ICONS[kind],
      })),
    },
  }));
  if (ranked.length === 0) return found.map(({ group }) => group);
  const pagesGroup = { key: "pages", label: "Pages and actions", options: ranked.map(({ option }) => option) };
  const at = found.findIndex(({ rank }) => ranked[0].rank < rank);
  const groups = found.map(({ group }) => group);
  groups.splice(at === -1 ? groups.length : at, 0, pagesGroup);
  return groups;
}
