#!/usr/bin/env node
// The `pedigree` command. The CLI is TypeScript like the rest of the repository; tsx compiles it on
// the fly, with the repository's tsconfig so that `@/` imports resolve wherever it is run from.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
await import("../cli/main.ts");
