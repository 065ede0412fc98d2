import type { RoleName } from "@/lib/auth/roles";
import { Badge } from "./badge";
import type { Tone } from "./tone";

/** Each role's colour, on its badge and on the role picker. */
export const ROLE_TONES: Record<RoleName, Tone> = {
  admin: "accent",
  engineer: "blue",
  auditor: "amber",
  viewer: "gray",
};

export function UserRoleBadge({ role }: { role: RoleName }) {
  return <Badge tone={ROLE_TONES[role]}>{role}</Badge>;
}
