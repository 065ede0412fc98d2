import { describe, expect, it } from "vitest";
import { modelRole } from "@/lib/models/model-role";

const model = (overrides: Partial<Parameters<typeof modelRole>[0]>) =>
  modelRole({
    initializedFrom: { id: "base" },
    systemPromptSha256: null,
    baseRelation: "finetune",
    producedByRunCount: 0,
    generationCount: 0,
    ...overrides,
  });

describe("a model's role in the lineage", () => {
  it("reads it from the lineage data", () => {
    expect(model({ initializedFrom: null, baseRelation: null })).toBe("base");
    // The paper's control teacher is the base model itself: writing data does not make a base a teacher.
    expect(model({ initializedFrom: null, baseRelation: null, generationCount: 1 })).toBe("base");
    expect(model({ generationCount: 2 })).toBe("teacher");
    expect(model({ baseRelation: "prompted", systemPromptSha256: "a".repeat(64) })).toBe("teacher");
    expect(model({ producedByRunCount: 1 })).toBe("student");
    expect(model({ producedByRunCount: 1, generationCount: 1 })).toBe("teacher");
    expect(model({ baseRelation: "prompted" })).toBe("prompted");
    expect(model({ baseRelation: "quantized" })).toBe("derived");
  });
});
