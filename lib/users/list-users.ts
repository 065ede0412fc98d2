import "server-only";
import { db } from "@/lib/db";
import { toUserDto, type UserDto } from "./user.types";

/** Every user; a workspace has tens of them, not thousands, so no pagination. */
export async function listUsers(): Promise<UserDto[]> {
  const prisma = await db();
  const users = await prisma.user.findMany({ orderBy: [{ role: "desc" }, { email: "asc" }] });
  return users.map(toUserDto);
}
