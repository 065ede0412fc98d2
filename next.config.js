/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded from node_modules at run time rather than bundled: PGlite ships WebAssembly and data
  // files it finds relative to itself, and the database drivers are Node-only.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  // Separate build folders let several servers of different checkouts or branches run side by side.
  distDir: process.env.PEDIGREE_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // No proxyClientMaxBodySize: requests with bodies over 1 MB bypass the proxy (proxy.ts), so Next.js
  // never copies an upload's body (it would cut the route's copy at that size, 10 MB by default).
};

export default nextConfig;
