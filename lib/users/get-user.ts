import "server-only";
import { ApiProblem } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { toUserDto, type UserDto } from "./user.types";

export async function getUser(id: string): Promise<UserDto> {
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { id } });
  if (!user) throw new ApiProblem(404, `No user with id '${id}'.`);
  return toUserDto(user);
}
