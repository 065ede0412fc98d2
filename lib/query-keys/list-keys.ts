// The TanStack Query keys every feature with filtered lists shares: `all` under the feature's root, `lists()`
// to invalidate every list after a write, and `list(filters)` for one filtered list.
export function listKeys<Filters>(root: string) {
  const all = [root] as const;
  const lists = () => [...all, "list"] as const;
  return { all, lists, list: (filters: Filters) => [...lists(), filters] as const };
}
