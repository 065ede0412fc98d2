import type { RoleName } from "@/lib/auth/roles";
import { Badge, type BadgeTone } from "./badge";

const TONES: Record<RoleName, BadgeTone> = { admin: "accent", engineer: "blue", auditor: "amber", viewer: "gray" };

export function UserRoleBadge({ role }: { role: RoleName }) {
  return <Badge tone={TONES[role]}>{role}</Badge>;
}
