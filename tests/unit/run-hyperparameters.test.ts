import { describe, expect, it } from "vitest";
import {
  hyperparameterEntries,
  parseHyperparameterRows,
  parseHyperparameterValue,
} from "@/lib/runs/hyperparameter-rows";

const row = (id: string, key: string, value: string) => ({ id, key, value });

describe("hyperparameter rows", () => {
  it("reads values as JSON when they are JSON, else as text", () => {
    expect(parseHyperparameterValue("2e-4")).toBe(0.0002);
    expect(parseHyperparameterValue(" 10 ")).toBe(10);
    expect(parseHyperparameterValue("true")).toBe(true);
    expect(parseHyperparameterValue("null")).toBeNull();
    expect(parseHyperparameterValue("[8, 16]")).toEqual([8, 16]);
    expect(parseHyperparameterValue('{"r": 8}')).toEqual({ r: 8 });
    expect(parseHyperparameterValue('"10"')).toBe("10");
    expect(parseHyperparameterValue("cosine")).toBe("cosine");
    expect(parseHyperparameterValue("{broken")).toBe("{broken");
  });

  it("builds the object from the rows, skipping blank ones", () => {
    const parsed = parseHyperparameterRows([
      row("a", "epochs", "3"),
      row("b", "", ""),
      row("c", " schedule ", "cosine"),
      row("d", "lora_r", "8"),
    ]);
    expect(parsed.errors).toEqual({});
    expect(parsed.hyperparameters).toEqual({ epochs: 3, schedule: "cosine", lora_r: 8 });
  });

  it("refuses a value without a name, a name without a value, and a name used twice", () => {
    const parsed = parseHyperparameterRows([
      row("a", "", "3"),
      row("b", "epochs", ""),
      row("c", "lr", "1e-4"),
      row("d", "lr", "2e-4"),
    ]);
    expect(parsed.errors).toEqual({
      a: { key: "Name this hyperparameter" },
      b: { value: "Give a value" },
      d: { key: "“lr” is already set above" },
    });
    expect(parsed.hyperparameters).toEqual({ lr: 0.0001 });
  });

  it("shows stored values as text, strings as they are", () => {
    expect(
      hyperparameterEntries({
        lora_r: 8,
        learning_rate: 0.0002,
        schedule: "cosine",
        layers: [1, 2],
        nested: { a: true },
        none: null,
      }),
    ).toEqual([
      { key: "lora_r", text: "8" },
      { key: "learning_rate", text: "0.0002" },
      { key: "schedule", text: "cosine" },
      { key: "layers", text: "[1,2]" },
      { key: "nested", text: '{"a":true}' },
      { key: "none", text: "null" },
    ]);
    expect(hyperparameterEntries(null)).toEqual([]);
    expect(hyperparameterEntries([1, 2])).toEqual([]);
    expect(hyperparameterEntries("epochs=3")).toEqual([]);
  });
});
