import type { PlanStep } from "./plan.types";

/** Where the planner's parts put steps (the first step with a key wins) and warnings. */
export interface PlanSink {
  add(step: PlanStep): string;
  has(key: string): boolean;
  warn(text: string): void;
}

export function createPlanSink(): PlanSink & { steps: () => PlanStep[]; warnings: string[] } {
  const steps = new Map<string, PlanStep>();
  const warnings: string[] = [];
  return {
    add: (step) => {
      if (!steps.has(step.key)) steps.set(step.key, step);
      return step.key;
    },
    has: (key) => steps.has(key),
    warn: (text) => {
      if (!warnings.includes(text)) warnings.push(text);
    },
    steps: () => [...steps.values()],
    warnings,
  };
}
