import { Download } from "lucide-react";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { ApiReferenceIntro } from "@/components/api-reference/api-reference-intro";
import { ApiReferenceSidebar } from "@/components/api-reference/api-reference-sidebar";
import { groupOperations } from "@/components/api-reference/group-operations";
import { TagSection } from "@/components/api-reference/tag-section";
import { buttonClassName } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getOpenApiDocument } from "@/app/api/openapi.json/openapi-document";
import { requireActor } from "@/lib/auth/current-user";
import styles from "./api-reference.module.css";

export const metadata: Metadata = { title: "API reference" };

/** Where this server is reached, for the CLI example: behind a proxy, as the proxy says. */
async function requestOrigin(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost:3000";
  const protocol = list.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}

export default async function ApiReferencePage() {
  await requireActor();
  // The same document /api/openapi.json serves, generated from the handlers' own schemas.
  const document = getOpenApiDocument();
  const groups = groupOperations(document);
  const operationCount = groups.reduce((total, group) => total + group.operations.length, 0);

  return (
    <>
      <PageHeader
        title="API reference"
        description={`Every endpoint of this server, described from the schemas it validates requests with: ${operationCount} operations, OpenAPI ${document.openapi}, API version ${document.info.version}.`}
        actions={
          <a
            href="/api/openapi.json"
            download="pedigree-openapi.json"
            className={buttonClassName({ variant: "secondary" })}
          >
            <Download size={14} aria-hidden="true" /> openapi.json
          </a>
        }
      />
      <ApiReferenceIntro origin={await requestOrigin()} />
      <div className={styles.layout}>
        <ApiReferenceSidebar groups={groups} />
        <div className={styles.operations}>
          {groups.map((group) => (
            <TagSection key={group.tag.name} group={group} document={document} />
          ))}
        </div>
      </div>
    </>
  );
}
