import { encode } from "next-auth/jwt";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { db } from "@/lib/db";

/** The session cookie a browser holds after the user with this email signs in (at their current session version). */
export async function sessionCookieFor(email: string): Promise<string> {
  const prisma = await db();
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  const token = await encode({
    token: { sub: user.id, email: user.email, sv: user.sessionVersion },
    secret: await getAuthSecret(),
  });
  return `next-auth.session-token=${token}`;
}
