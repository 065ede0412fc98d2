import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { toUserDto, type UserDto } from "./user.types";

export async function getUser(id: string): Promise<UserDto> {
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { id } });
  if (!user) throw new NotFoundError(`No user with id '${id}'.`);
  return toUserDto(user);
}
