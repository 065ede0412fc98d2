// "Label: value" lines with the values aligned; empty values are left out.

export type Field = readonly [label: string, value: string | number | null | undefined | false];

export function renderFields(fields: readonly Field[]): string {
  const shown = fields.filter(([, value]) => value !== null && value !== undefined && value !== "" && value !== false);
  const width = Math.max(0, ...shown.map(([label]) => label.length + 1));
  return shown.map(([label, value]) => `${`${label}:`.padEnd(width)}  ${value}`).join("\n");
}
