#!/usr/bin/env node
// The `pedigree` command. The CLI is TypeScript like the rest of the repository; it runs from one file
// bundled by esbuild (a start of about 0.2 s, against 1-3 s when tsx compiled every module at each
// start). The bundle is built on first use and rebuilt whenever a source it was built from, or the
// installed packages, changed after it; where it cannot be written, tsx compiles the CLI as before.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cache = `${root}node_modules/.cache/pedigree-cli`;
const bundle = `${cache}/pedigree.mjs`;
const inputsFile = `${cache}/inputs.json`;

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Infinity; // gone: rebuild
  }
};

/** Whether the bundle is newer than every source file it holds and than the last `npm install`. */
function isFresh() {
  if (!existsSync(bundle) || !existsSync(inputsFile)) return false;
  const built = mtime(bundle);
  const inputs = JSON.parse(readFileSync(inputsFile, "utf8"));
  return [...inputs, "node_modules/.package-lock.json", "package.json"].every(
    (file) => mtime(`${root}${file}`) < built,
  );
}

async function build() {
  const { build: esbuild } = await import("esbuild");
  mkdirSync(cache, { recursive: true });
  // Written aside and renamed into place, so that two commands building at once never load half a file.
  const temporary = `${bundle}.${process.pid}.tmp`;
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: ["cli/main.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: temporary,
    metafile: true,
    logLevel: "error",
    // Bundled CommonJS packages (commander) require Node's built-ins.
    banner: {
      js: "import { createRequire as pedigreeRequire } from 'node:module'; const require = pedigreeRequire(import.meta.url);",
    },
  });
  const sources = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith("node_modules/"));
  writeFileSync(inputsFile, JSON.stringify(sources));
  renameSync(temporary, bundle);
}

let entry = bundle;
try {
  if (!isFresh()) await build();
} catch (error) {
  if (process.env.PEDIGREE_DEBUG) console.error("[pedigree] could not bundle the CLI; compiling it with tsx:", error);
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
  entry = `${root}cli/main.ts`;
}
await import(pathToFileURL(entry).href);
