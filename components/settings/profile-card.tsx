import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DefinitionItem } from "@/components/ui/definition-item";
import list from "@/components/ui/definition-list.module.css";
import { UserRoleBadge } from "@/components/ui/user-role-badge";
import { ROLE_DESCRIPTIONS, type RoleName, type Scope } from "@/lib/auth/roles";
import { ChangePasswordForm } from "./change-password-form";
import styles from "./profile-card.module.css";

interface ProfileCardProps {
  email: string;
  role: RoleName;
  scopes: readonly Scope[];
}

export function ProfileCard({ email, role, scopes }: ProfileCardProps) {
  return (
    <Card title="Profile" description="Who you are signed in as, and what your role lets you do." flush id="profile">
      <dl className={list.list}>
        <DefinitionItem term="Email">
          <span className={styles.email}>{email}</span>
        </DefinitionItem>
        <DefinitionItem term="Role">
          <UserRoleBadge role={role} />
          <span className={styles.roleDescription}>{ROLE_DESCRIPTIONS[role]}</span>
        </DefinitionItem>
        <DefinitionItem term="Permissions" wide>
          {scopes.map((scope) => (
            <Badge key={scope} variant="chip">
              {scope}
            </Badge>
          ))}
        </DefinitionItem>
      </dl>
      <ChangePasswordForm />
    </Card>
  );
}
