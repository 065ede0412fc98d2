import "server-only";
import type { NextAuthOptions, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getAuthSecret } from "./auth-secret";
import { clientAddress } from "./client-address";
import { endSessionsOnSignOut } from "./end-sessions-on-sign-out";
import { signInWithPassword } from "./sign-in-with-password";

const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1),
});

/** What the session cookie carries besides next-auth's own claims. */
export interface SessionClaims {
  sub?: string;
  /** The user's session version at sign-in; the session ends when the user's moves on. */
  sv?: number;
}

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
        async authorize(credentials, request) {
          const parsed = ZCredentials.safeParse(credentials);
          if (!parsed.success) return null;
          const headers = new Headers(request.headers as Record<string, string> | undefined);
          const user = await signInWithPassword(parsed.data.email, parsed.data.password, clientAddress(headers));
          return user ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } : null;
        },
      }),
    ],
    callbacks: {
      // The role is not put in the cookie: it is read from the database on every request, so that
      // a changed role or a disabled account takes effect at once. The session version is, so that
      // sign-out, a new password, a new role or deactivation end every earlier session.
      // next-auth types `user` as always there; it is only on the sign-in call.
      jwt: ({ token, user }: { token: JWT; user?: User }) => {
        if (!user) return token;
        const sv = (user as { sessionVersion?: number }).sessionVersion;
        return { ...token, sub: user.id, sv };
      },
      session: ({ session, token }) => ({ ...session, userId: token.sub, sessionVersion: (token as SessionClaims).sv }),
    },
    events: {
      async signOut({ token }) {
        const claims = token as SessionClaims | null;
        if (claims?.sub && typeof claims.sv === "number") await endSessionsOnSignOut(claims.sub, claims.sv);
      },
    },
  };
}
