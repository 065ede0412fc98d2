import { describe, expect, it } from "vitest";
import { humaniseFieldMessage, placeFieldErrors, runFormFieldOf, runUpdateFieldOf } from "@/lib/runs/run-form-fields";

describe("placing a problem's field paths on the register-a-run form", () => {
  it("puts list items and nested values on their list's input", () => {
    expect(runFormFieldOf("datasetIds.0")).toBe("datasetIds");
    expect(runFormFieldOf("datasetIds")).toBe("datasetIds");
    expect(runFormFieldOf("teacherIds.12")).toBe("teacherIds");
    expect(runFormFieldOf("hyperparameters.learning_rate")).toBe("hyperparameters");
    expect(runFormFieldOf("student.tags.3")).toBe("student.tags");
  });

  it("keeps the student's own fields apart, and sends those without an input to the student", () => {
    expect(runFormFieldOf("student.name")).toBe("student.name");
    expect(runFormFieldOf("student.id")).toBe("student.id");
    expect(runFormFieldOf("student.provider")).toBe("student.provider");
    expect(runFormFieldOf("student.checkpointUri")).toBe("student");
    expect(runFormFieldOf("student")).toBe("student");
  });

  it("knows top-level fields and nothing else", () => {
    for (const field of ["initializedFromId", "method", "seed", "externalJobId", "status", "startedAt", "finishedAt"]) {
      expect(runFormFieldOf(field)).toBe(field);
    }
    expect(runFormFieldOf("Idempotency-Key")).toBeNull();
    expect(runFormFieldOf("body")).toBeNull();
    expect(runFormFieldOf("finishedAtX")).toBeNull();
    expect(runUpdateFieldOf("finishedAt")).toBe("finishedAt");
    expect(runUpdateFieldOf("body")).toBeNull();
  });

  it("keeps the first message per input and lists the rest for a banner", () => {
    const placed = placeFieldErrors(
      [
        { field: "datasetIds.1", message: "no dataset with id 'x'" },
        { field: "datasetIds.2", message: "no dataset with id 'y'" },
        { field: "finishedAt", message: "must not be before startedAt" },
        { field: "Idempotency-Key", message: "1 to 200 characters" },
      ],
      runFormFieldOf,
    );
    expect(placed.fields).toEqual({
      datasetIds: "No dataset with id 'x'",
      finishedAt: "Must not be before the start time",
    });
    expect(placed.unplaced).toEqual(["Idempotency-Key: 1 to 200 characters"]);
  });

  it("rewords schema messages for reading beside an input", () => {
    expect(humaniseFieldMessage("Too small: expected string to have >=1 characters")).toBe("Required");
    expect(humaniseFieldMessage("is required")).toBe("Required");
    expect(humaniseFieldMessage("must be an integer")).toBe("Must be an integer");
  });
});
