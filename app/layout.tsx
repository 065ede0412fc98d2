import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers/providers";

export const metadata: Metadata = {
  title: { default: "Pedigree", template: "%s · Pedigree" },
  description: "Provenance for distilled models: who taught whom, on what data, and what it learned.",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // next-themes sets data-theme before hydration, so the attribute differs from the server's HTML.
    <html lang="en" suppressHydrationWarning>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
