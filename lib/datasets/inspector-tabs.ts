// The dataset page's inspector tabs, kept in ?tab= (records, the default, is left out of the address).
export const INSPECTOR_TABS = ["records", "statistics", "signature"] as const;
export type InspectorTab = (typeof INSPECTOR_TABS)[number];

export function inspectorTabOf(value: string | undefined): InspectorTab {
  return INSPECTOR_TABS.find((tab) => tab === value) ?? "records";
}
