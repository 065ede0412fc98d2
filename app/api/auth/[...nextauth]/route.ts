import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { guardCredentialsSignIn, signInBusy } from "@/lib/api/guard-credentials-sign-in";
import { admitSignIn } from "@/lib/auth/password-hash-gate";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context): Promise<Response> {
  // next-auth's App Router handler is typed `any`; it answers with a Response.
  const response: unknown = await NextAuth(request, context, await getAuthOptions());
  return response as Response;
}

// The credentials callback is where passwords are checked. A sign-in beyond what the hashing queue
// holds gets 503, and the sign-in limits run before next-auth does, so that a limited caller costs
// one query and no password hash.
async function POST(request: NextRequest, context: Context) {
  const [action, provider] = (await context.params).nextauth;
  if (action !== "callback" || provider !== "credentials") return handler(request, context);
  const leave = admitSignIn();
  if (!leave) return signInBusy(request);
  try {
    const body = await request.text();
    const refused = await guardCredentialsSignIn(request, body);
    if (refused) return refused;
    return await handler(new NextRequest(request.url, { method: "POST", headers: request.headers, body }), context);
  } finally {
    leave();
  }
}

export { handler as GET, POST };
