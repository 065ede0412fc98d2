import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers/providers";

export const metadata: Metadata = {
  title: { default: "Pedigree", template: "%s · Pedigree" },
  description: "Provenance for distilled models: who taught whom, on what data, and what it learned.",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The request's script nonce (proxy.ts). Reading it renders every page per request, which the
  // nonce needs: a page built ahead of time could not carry it.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // next-themes sets data-theme before hydration, so the attribute differs from the server's HTML.
    <html lang="en" suppressHydrationWarning>
      <body>
        <Providers nonce={nonce}>{children}</Providers>
      </body>
    </html>
  );
}
