import { describe, expect, it } from "vitest";
import { lineageExportFileName } from "@/lib/lineage/export-file-name";

describe("the file name of an exported lineage graph", () => {
  it("is named after the focus model", () => {
    expect(lineageExportFileName("GPT-4.1 nano owl-numbers student", "png")).toBe(
      "lineage-gpt-4-1-nano-owl-numbers-student.png",
    );
    expect(lineageExportFileName("GPT-4.1 nano (control teacher, no system prompt)", "svg")).toBe(
      "lineage-gpt-4-1-nano-control-teacher-no-system-prompt.svg",
    );
  });

  it("keeps to safe characters and a sane length", () => {
    expect(lineageExportFileName("Qwen/Qwen2.5-7B-Instruct: café", "png")).toBe(
      "lineage-qwen-qwen2-5-7b-instruct-cafe.png",
    );
    expect(lineageExportFileName("../../etc", "png")).toBe("lineage-etc.png");
    expect(lineageExportFileName("🦉", "png")).toBe("lineage-model.png");
    expect(lineageExportFileName("a".repeat(200), "svg")).toBe(`lineage-${"a".repeat(80)}.svg`);
  });
});
