import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors/domain-errors";

/** The entity a detail page shows; the page's 404 when the domain says it does not exist. */
export async function orNotFound<T>(entity: Promise<T>): Promise<T> {
  try {
    return await entity;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
