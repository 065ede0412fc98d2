// Colours of the printed report: light, legible in greyscale (shapes and dashes carry the meaning too).
import type { ModelRole } from "@/lib/models/model-role";

export const INK = "#0f172a";
export const MUTED = "#475569";
export const FAINT = "#94a3b8";
export const RULE = "#cbd5e1";
export const GRID = "#e2e8f0";
export const ACCENT = "#1e3a8a";
/** The DEMO mark: its banner, its box under the title and its watermark. */
export const DEMO_RED = "#b91c1c";
/** Behind the report subject's rows in a chart. */
export const SUBJECT_BAND = "#e0e7ff";

export interface NodeColours {
  fill: string;
  stroke: string;
  /** Points and text of this kind of node. */
  ink: string;
}

export const ROLE_COLOURS: Record<ModelRole | "dataset", NodeColours> = {
  base: { fill: "#f1f5f9", stroke: "#64748b", ink: "#475569" },
  teacher: { fill: "#fef3c7", stroke: "#b45309", ink: "#b45309" },
  prompted: { fill: "#fef3c7", stroke: "#b45309", ink: "#b45309" },
  student: { fill: "#dbeafe", stroke: "#1d4ed8", ink: "#1d4ed8" },
  derived: { fill: "#ede9fe", stroke: "#6d28d9", ink: "#6d28d9" },
  dataset: { fill: "#dcfce7", stroke: "#15803d", ink: "#15803d" },
};

export const ROLE_LABELS: Record<ModelRole | "dataset", string> = {
  base: "Base model",
  teacher: "Teacher",
  prompted: "Prompted model",
  student: "Student",
  derived: "Derived model",
  dataset: "Dataset",
};
