import type { Prisma } from "@/lib/generated/prisma/client";

/** The orders the models list offers. */
export const MODEL_SORTS = ["newest", "oldest", "name", "name-desc", "provider", "measurements"] as const;
export type ModelSort = (typeof MODEL_SORTS)[number];

/** Prisma's orderBy for a sort, ending with the id so that the order is total (cursor pages need it). */
export function modelOrderBy(sort: ModelSort): Prisma.ModelOrderByWithRelationInput[] {
  switch (sort) {
    case "newest":
      return [{ createdAt: "desc" }, { id: "desc" }];
    case "oldest":
      return [{ createdAt: "asc" }, { id: "asc" }];
    case "name":
      return [{ name: "asc" }, { id: "asc" }];
    case "name-desc":
      return [{ name: "desc" }, { id: "desc" }];
    case "provider":
      return [{ provider: "asc" }, { name: "asc" }, { id: "asc" }];
    case "measurements":
      return [{ measurements: { _count: "desc" } }, { name: "asc" }, { id: "asc" }];
  }
}
