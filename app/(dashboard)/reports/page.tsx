import type { Metadata } from "next";
import { headers } from "next/headers";
import { NewReportForm } from "@/components/reports/new-report-form";
import { ReportsExplorer } from "@/components/reports/reports-explorer";
import { SigningKeyCard } from "@/components/reports/signing-key-card";
import { VerifyReportCard } from "@/components/reports/verify-report-card";
import { Card } from "@/components/ui/card";
import layout from "@/components/ui/layout.module.css";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { getModel } from "@/lib/models/get-model";
import { listModels } from "@/lib/models/list-models";
import type { ModelRef } from "@/lib/models/model-dto";
import { getPublicKeys } from "@/lib/reports/get-public-keys";
import { listReports } from "@/lib/reports/list-reports";
import { parseReportsPageParams } from "@/lib/reports/reports-page-params";
import { listTraits } from "@/lib/traits/list-traits";
import styles from "./reports.module.css";

export const metadata: Metadata = { title: "Reports" };

const PAGE_SIZE = 25;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The model a link preset, or null when it does not exist (the form then starts empty). */
async function presetModel(id: string | null): Promise<ModelRef | null> {
  if (!id) return null;
  try {
    const { name, version, provider } = await getModel(id);
    return { id, name, version, provider };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/** The URL the offline recipe fetches the key from: NEXTAUTH_URL when set (behind a proxy), else this request's origin. */
async function instanceUrl(): Promise<string> {
  if (env.NEXTAUTH_URL) return env.NEXTAUTH_URL.replace(/\/+$/, "");
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost:3000";
  const proto = list.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireActor("reports:export");
  const params = parseReportsPageParams(await searchParams);
  const [firstPage, recent, traits, key, model, baseUrl] = await Promise.all([
    listReports({ limit: PAGE_SIZE, subject: params.subject || undefined }),
    listModels({ limit: 50 }),
    listTraits(),
    getPublicKeys(),
    presetModel(params.modelId),
    instanceUrl(),
  ]);
  const measuredTraits = traits.filter((trait) => trait.measuredModelCount > 0);
  const traitSlug =
    params.traitSlug && measuredTraits.some((trait) => trait.slug === params.traitSlug) ? params.traitSlug : null;

  return (
    <>
      <PageHeader
        title="Reports"
        description="Signed provenance reports for auditors: a model's lineage, data, runs and measurements in PROV-JSON, CycloneDX, SPDX, CSV or a printable PDF. Each is signed with this instance's key, kept, and can be verified later."
      />
      <div className={layout.stack}>
        <div className={styles.columns}>
          <Card
            title="New report"
            description="What to report on, and in which format. The file is saved as soon as it is signed."
            id="new-report"
          >
            <NewReportForm
              initial={{ scope: params.scope, model, traitSlug, format: params.format }}
              modelOptions={recent.items.map(({ id, name, version, provider }) => ({ id, name, version, provider }))}
              traits={measuredTraits.map(({ slug, name, measuredModelCount }) => ({ slug, name, measuredModelCount }))}
            />
          </Card>
          <VerifyReportCard />
        </div>
        <ReportsExplorer initialPage={firstPage} initialSubject={params.subject} pageSize={PAGE_SIZE} />
        <SigningKeyCard
          keyId={key.keyId}
          algorithm={key.algorithm}
          publicKeyPem={key.publicKeyPem}
          retired={key.retired.map(({ keyId, retiredAt }) => ({ keyId, retiredAt: retiredAt?.toISOString() ?? null }))}
          baseUrl={baseUrl}
        />
      </div>
    </>
  );
}
