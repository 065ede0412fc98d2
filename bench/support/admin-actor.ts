import type { Actor } from "@/lib/auth/actor";

/** The workspace's first administrator as the actor of a signed-in admin's requests (after ready()). */
export async function adminActor(): Promise<Actor> {
  const { db } = await import("@/lib/db");
  const { scopesOf } = await import("@/lib/auth/roles");
  const user = await (await db()).user.findFirstOrThrow({ where: { role: "admin" }, orderBy: { createdAt: "asc" } });
  return { userId: user.id, tokenId: null, label: user.email, role: "admin", scopes: scopesOf("admin") };
}
