import "server-only";
import { actorHasScope, type Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors/domain-errors";
import { MODERATE_ANNOTATIONS_SCOPE } from "./annotation.types";

/** Refuses to let anyone but the note's author, or a holder of MODERATE_ANNOTATIONS_SCOPE, change it. */
export function assertMayChangeAnnotation(actor: Actor, authorId: string | null, verb: "edit" | "delete"): void {
  if (authorId === actor.userId || actorHasScope(actor, MODERATE_ANNOTATIONS_SCOPE)) return;
  throw new ForbiddenError(
    `Only the note's author, or a holder of the '${MODERATE_ANNOTATIONS_SCOPE}' scope, may ${verb} it.`,
  );
}
