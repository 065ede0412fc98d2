"use client";
import { ChevronDown } from "lucide-react";
import { ROLES, type RoleName } from "@/lib/auth/roles";
import { toneClass } from "@/components/ui/tone";
import { ROLE_TONES } from "@/components/ui/user-role-badge";
import styles from "./user-role-select.module.css";

interface UserRoleSelectProps {
  email: string;
  role: RoleName;
  disabled: boolean;
  onChange: (role: RoleName) => void;
}

/** A user's role, changeable in place; the tone follows the role badge's. */
export function UserRoleSelect({ email, role, disabled, onChange }: UserRoleSelectProps) {
  return (
    <span className={`${styles.wrap} ${toneClass(ROLE_TONES[role])}`} data-role={role}>
      <select
        className={styles.select}
        value={role}
        disabled={disabled}
        aria-label={`Role of ${email}`}
        onChange={(event) => onChange(event.target.value as RoleName)}
      >
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <ChevronDown size={12} className={styles.chevron} aria-hidden="true" />
    </span>
  );
}
