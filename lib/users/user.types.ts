import { z } from "zod";
import type { RoleName } from "@/lib/auth/roles";
import { Role } from "@/lib/generated/prisma/enums";

const ZRole = z.enum(Role);
const ZPassword = z.string().min(12, "passwords have at least 12 characters").max(200);

export const ZCreateUser = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email("not an email address").max(320)),
    name: z.string().trim().min(1, "name is required").max(200),
    role: ZRole.default("viewer"),
    password: ZPassword,
  })
  .strict();

export const ZUpdateUser = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    role: ZRole.optional(),
    disabled: z.boolean().optional().describe("true disables sign-in and every token of the user"),
    password: ZPassword.optional(),
  })
  .strict()
  .refine((update) => Object.keys(update).length > 0, { error: "nothing to change", path: ["body"] });

export const ZUserIdParams = z.object({ id: z.string().min(1).max(100) });

export type TCreateUser = z.output<typeof ZCreateUser>;
export type TUpdateUser = z.output<typeof ZUpdateUser>;

export const ZUserDto = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  disabled: z.boolean(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserDto = z.infer<typeof ZUserDto>;

export function toUserDto(user: {
  id: string;
  email: string;
  name: string;
  role: RoleName;
  disabledAt: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
}): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabledAt !== null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}

export const ZChangeOwnPassword = z
  .object({ currentPassword: z.string().min(1, "enter your current password").max(200), newPassword: ZPassword })
  .strict()
  .refine((change) => change.currentPassword !== change.newPassword, {
    path: ["newPassword"],
    error: "must differ from the current password",
  });
export type TChangeOwnPassword = z.output<typeof ZChangeOwnPassword>;
