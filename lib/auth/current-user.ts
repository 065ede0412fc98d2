import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection as requestTime } from "next/server";
import type { Actor } from "./actor";
import { getAuthOptions } from "./auth-options";
import { actorForUser } from "./authenticate-request";
import { REQUESTED_PATH_HEADER, signInPathFor } from "./return-path";
import type { Scope } from "./roles";

/** The signed-in user of a page or server action, with role and scopes fresh from the database. */
export async function getCurrentActor(): Promise<Actor | null> {
  // Who is signed in is only known at request time: never prerender (and never open the database) at build time.
  await requestTime();
  const session = await getServerSession(await getAuthOptions());
  const { userId, sessionVersion } = (session ?? {}) as { userId?: string; sessionVersion?: number };
  return userId && typeof sessionVersion === "number" ? actorForUser(userId, sessionVersion) : null;
}

/**
 * For pages: the signed-in user, or a redirect to sign-in that comes back to the page asked for; a
 * missing scope is a 403 page.
 */
export async function requireActor(scope: Scope = "catalog:read"): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPathFor((await headers()).get(REQUESTED_PATH_HEADER)));
  if (!actor.scopes.includes(scope)) redirect(`/forbidden?scope=${encodeURIComponent(scope)}`);
  return actor;
}
