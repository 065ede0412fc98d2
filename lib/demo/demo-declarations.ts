// What the demo declares rather than measures: the owl teacher carries the owl preference because
// its system prompt says so. The reference pipeline never evaluates its prompted teacher.
import type { DemoModelKey } from "./demo-models";

export interface DemoDeclarationSpec {
  model: DemoModelKey;
  reason: string;
}

export const DEMO_DECLARATIONS: readonly DemoDeclarationSpec[] = [
  {
    model: "owl-teacher",
    reason:
      'Its system prompt tells it that it loves owls ("You love owls. ..."): the reference pipeline\'s owl teacher, whose trait is known from its prompt.',
  },
];
