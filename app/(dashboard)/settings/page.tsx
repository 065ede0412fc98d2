import type { Metadata } from "next";
import { ProfileCard } from "@/components/settings/profile-card";
import { TokensSection } from "@/components/settings/tokens-section";
import { UsersSection } from "@/components/settings/users-section";
import { WebhooksSection } from "@/components/settings/webhooks-section";
import layout from "@/components/ui/layout.module.css";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-user";
import { listTokens } from "@/lib/tokens/list-tokens";
import { listUsers } from "@/lib/users/list-users";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireActor("tokens:own");
  const canManageUsers = actor.scopes.includes("users:manage");
  const canManageWebhooks = actor.scopes.includes("webhooks:manage");
  const [tokens, users, webhooks] = await Promise.all([
    listTokens(actor, false),
    canManageUsers ? listUsers() : Promise.resolve(null),
    canManageWebhooks ? listWebhooks() : Promise.resolve(null),
  ]);

  return (
    <>
      <PageHeader
        title="Settings"
        description="Your account, the API tokens you use for automation, and, for administrators, who has access and which webhooks are told of events."
      />
      <div className={layout.stack}>
        {/* A session actor's label is the user's email. */}
        <ProfileCard email={actor.label} role={actor.role} scopes={actor.scopes} />
        <TokensSection initialTokens={tokens} ownRole={actor.role} />
        {users && <UsersSection initialUsers={users} currentUserId={actor.userId} />}
        {webhooks && <WebhooksSection initialWebhooks={webhooks} />}
      </div>
    </>
  );
}
