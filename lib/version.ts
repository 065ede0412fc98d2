import packageJson from "@/package.json" with { type: "json" };

/** Pedigree's version, as in package.json: reports and the API document carry it. */
export const APP_VERSION: string = packageJson.version;
