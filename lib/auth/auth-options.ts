import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getAuthSecret } from "./auth-secret";
import { signInWithPassword } from "./sign-in-with-password";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

const ZCredentials = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1) });

// The one place that configures next-auth (in maintenance mode upstream): keep it small.
export async function getAuthOptions(): Promise<NextAuthOptions> {
  return {
    secret: await getAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials) {
          const parsed = ZCredentials.safeParse(credentials);
          if (!parsed.success) return null;
          const user = await signInWithPassword(parsed.data.email, parsed.data.password);
          return user ? { id: user.id, email: user.email, name: user.name } : null;
        },
      }),
    ],
    callbacks: {
      // The role is not put in the cookie: it is read from the database on every request, so that
      // a changed role or a disabled account takes effect at once.
      jwt: ({ token, user }) => (user ? { ...token, sub: user.id } : token),
      session: ({ session, token }) => ({ ...session, userId: token.sub }),
    },
  };
}
