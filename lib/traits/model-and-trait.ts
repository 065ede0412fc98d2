// What a trait declaration and a measurement both name: the model they are about and the trait, as the API
// shows them (the trait with its direction, so a reader can tell a rise from an improvement).

/** The Prisma include for those two relations. */
export const modelAndTraitInclude = {
  model: { select: { id: true, name: true } },
  trait: { select: { id: true, slug: true, name: true, higherIsWorse: true } },
} as const;

/** A row loaded with modelAndTraitInclude. */
export interface ModelAndTrait {
  model: { id: string; name: string };
  trait: { id: string; slug: string; name: string; higherIsWorse: boolean };
}
