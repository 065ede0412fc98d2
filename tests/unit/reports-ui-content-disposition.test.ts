import { describe, expect, it } from "vitest";
import { fileNameFromContentDisposition } from "@/components/entities/content-disposition";

describe("the file name of a download", () => {
  it("reads the quoted name the report endpoints send", () => {
    expect(
      fileNameFromContentDisposition(
        'attachment; filename="provenance-gpt-4-1-nano-owl-numbers-student-2026-11-27-rpt_ab12cd.pdf"',
      ),
    ).toBe("provenance-gpt-4-1-nano-owl-numbers-student-2026-11-27-rpt_ab12cd.pdf");
  });

  it("prefers the UTF-8 extended name, and reads bare and escaped names", () => {
    expect(
      fileNameFromContentDisposition("attachment; filename=\"plain.csv\"; filename*=UTF-8''%C3%A9t%C3%A9.csv"),
    ).toBe("été.csv");
    expect(fileNameFromContentDisposition("attachment; filename=report.cdx.json")).toBe("report.cdx.json");
    expect(fileNameFromContentDisposition('attachment; filename="say \\"owl\\".html"')).toBe('say "owl".html');
    expect(fileNameFromContentDisposition("attachment; filename*=UTF-8''%E0%A4%A.csv; filename=\"fallback.csv\"")).toBe(
      "fallback.csv",
    );
  });

  it("never names a path, and gives null when there is no name", () => {
    expect(fileNameFromContentDisposition('attachment; filename="../../etc/passwd"')).toBe("passwd");
    expect(fileNameFromContentDisposition('attachment; filename="..\\\\evil.pdf"')).toBe("evil.pdf");
    expect(fileNameFromContentDisposition('attachment; filename=".."')).toBeNull();
    expect(fileNameFromContentDisposition("attachment")).toBeNull();
    expect(fileNameFromContentDisposition(null)).toBeNull();
  });
});
