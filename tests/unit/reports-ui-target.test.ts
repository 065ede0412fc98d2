import { describe, expect, it } from "vitest";
import {
  REPORT_FORMAT_LABELS,
  REPORT_FORMATS,
  isReportFormat,
  reportFormatLabel,
} from "@/lib/reports/report-format-labels";
import {
  provenancePreviewUrl,
  provenanceUrl,
  reportScopeLabel,
  reportsPageHref,
  storedReportUrl,
  subjectHref,
} from "@/lib/reports/report-target";
import { parseReportsPageParams } from "@/lib/reports/reports-page-params";

describe("report format labels", () => {
  it("label every format exactly once, PDF first as the menus offer it", () => {
    expect(REPORT_FORMAT_LABELS.map((format) => format.name).sort()).toEqual([...REPORT_FORMATS].sort());
    expect(REPORT_FORMAT_LABELS[0].name).toBe("pdf");
    expect(reportFormatLabel("cyclonedx")).toMatchObject({ label: "CycloneDX 1.6 ML-BOM", extension: "cdx.json" });
    expect(isReportFormat("spdx")).toBe(true);
    expect(isReportFormat("docx")).toBe(false);
  });
});

describe("report targets", () => {
  it("export a model, its lineage, or a trait through the matching endpoint", () => {
    expect(provenanceUrl({ scope: "model", modelId: "cm1" }, "pdf")).toBe(
      "/api/v1/models/cm1/provenance?format=pdf&scope=model",
    );
    expect(provenanceUrl({ scope: "lineage", modelId: "cm1" }, "prov-json")).toBe(
      "/api/v1/models/cm1/provenance?format=prov-json&scope=lineage",
    );
    expect(provenanceUrl({ scope: "trait", traitSlug: "owl-preference" }, "cyclonedx")).toBe(
      "/api/v1/traits/owl-preference/provenance?format=cyclonedx",
    );
    expect(provenanceUrl({ scope: "model", modelId: "a/b?c" }, "csv")).toBe(
      "/api/v1/models/a%2Fb%3Fc/provenance?format=csv&scope=model",
    );
  });

  it("preview a report (whether it will be marked DEMO) through the matching endpoint", () => {
    expect(provenancePreviewUrl({ scope: "model", modelId: "cm1" })).toBe(
      "/api/v1/models/cm1/provenance/preview?scope=model",
    );
    expect(provenancePreviewUrl({ scope: "lineage", modelId: "a/b" })).toBe(
      "/api/v1/models/a%2Fb/provenance/preview?scope=lineage",
    );
    expect(provenancePreviewUrl({ scope: "trait", traitSlug: "owl-preference" })).toBe(
      "/api/v1/traits/owl-preference/provenance/preview",
    );
  });

  it("link to the Reports page with the target preset, and to the subject's page", () => {
    expect(reportsPageHref({ scope: "model", modelId: "cm1" })).toBe("/reports?model=cm1");
    expect(reportsPageHref({ scope: "lineage", modelId: "cm1" })).toBe("/reports?model=cm1&scope=lineage");
    expect(reportsPageHref({ scope: "trait", traitSlug: "owl-preference" })).toBe("/reports?trait=owl-preference");
    expect(subjectHref("lineage", "cm1")).toBe("/models/cm1");
    expect(subjectHref("trait", "owl-preference")).toBe("/traits/owl-preference");
    expect(storedReportUrl("rpt_ab")).toBe("/api/v1/reports/rpt_ab");
    expect(reportScopeLabel("lineage")).toBe("Whole lineage");
  });
});

describe("the Reports page's query string", () => {
  it("starts the form on what the export menus link to", () => {
    expect(parseReportsPageParams({ model: "cm1", scope: "lineage" })).toEqual({
      scope: "lineage",
      modelId: "cm1",
      traitSlug: null,
      format: "pdf",
      subject: "",
    });
    expect(parseReportsPageParams({ model: "cm1" })).toMatchObject({ scope: "model", modelId: "cm1" });
    expect(parseReportsPageParams({ trait: "owl-preference", format: "cyclonedx" })).toMatchObject({
      scope: "trait",
      traitSlug: "owl-preference",
      modelId: null,
      format: "cyclonedx",
    });
  });

  it("ignores what it does not know, and takes the first of repeated values", () => {
    expect(parseReportsPageParams({})).toEqual({
      scope: "model",
      modelId: null,
      traitSlug: null,
      format: "pdf",
      subject: "",
    });
    expect(parseReportsPageParams({ format: "docx", scope: "everything", model: "  " })).toMatchObject({
      scope: "model",
      modelId: null,
      format: "pdf",
    });
    expect(parseReportsPageParams({ model: ["cm1", "cm2"], subject: "owl-preference" })).toMatchObject({
      modelId: "cm1",
      subject: "owl-preference",
    });
    // A model wins over a trait: a lineage scope with a trait makes no sense.
    expect(parseReportsPageParams({ model: "cm1", trait: "owl-preference" })).toMatchObject({
      scope: "model",
      modelId: "cm1",
      traitSlug: null,
    });
  });
});
