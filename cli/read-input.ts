import { readFile } from "node:fs/promises";
import { UsageError } from "./errors";

// Input files named on the command line; a missing or unreadable file is a usage error.

export async function readTextFile(path: string, what = "file"): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT" ? `No such ${what}: ${path}` : `Cannot read ${what} ${path}: ${(error as Error).message}`,
    );
  }
}

export async function readJsonFile(path: string, what = "JSON file"): Promise<unknown> {
  const text = await readTextFile(path, what);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}
