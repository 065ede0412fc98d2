// Moved to components/ui; kept while components/lineage still imports it from here.
export { FilterSelect, type FilterOption } from "@/components/ui/filter-select";
