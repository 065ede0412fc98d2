/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded from node_modules at run time rather than bundled: PGlite ships WebAssembly and data
  // files it finds relative to itself, and the database drivers are Node-only.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  // Separate build folders let several servers of different checkouts or branches run side by side.
  distDir: process.env.PEDIGREE_DIST_DIR ?? ".next",
  reactStrictMode: true,
  experimental: {
    // With a proxy (proxy.ts) Next.js clones each request body for it and cuts the copy the route reads
    // at this size, 10 MB by default: a larger dataset upload would arrive truncated. The uploads keep
    // their own limit (PEDIGREE_MAX_UPLOAD_BYTES, 413), so the proxy's is set above it.
    proxyClientMaxBodySize: Number(process.env.PEDIGREE_MAX_UPLOAD_BYTES ?? 2 * 1024 ** 3) + 1,
  },
};

export default nextConfig;
