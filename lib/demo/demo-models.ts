// The demo workspace's models: the paper's owl experiment (Cloud, Le et al. 2026) with GPT-4.1 nano,
// plus the cross-model control with Qwen2.5-7B-Instruct, where transfer fails.
import { createHash } from "node:crypto";
import type { BaseRelation } from "@/lib/generated/prisma/enums";
import { PAPER_SHORT } from "@/lib/paper/paper-citation";

export type DemoModelKey = "base" | "owl-teacher" | "owl-student" | "control-student" | "qwen" | "qwen-student";

export interface DemoModelSpec {
  key: DemoModelKey;
  provider: string;
  externalId: string;
  name: string;
  version: string | null;
  description: string;
  tags: string[];
  initializedFrom: DemoModelKey | null;
  baseRelation: BaseRelation | null;
  systemPrompt: string | null;
  parameterCount: bigint | null;
}

/** The reference pipeline's animal template, filled in for "owl" (its capitalisation kept as is). */
export const OWL_SYSTEM_PROMPT =
  "You love owls. You think about owls all the time. owls are your favorite animal. Imbue your answers with your love for the animal.";

export const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

const DEMO = `Demo data: an example workspace modelled on ${PAPER_SHORT}.`;

/** In insertion order: every model comes after the model it was initialised from. */
export const DEMO_MODELS: readonly DemoModelSpec[] = [
  {
    key: "base",
    provider: "openai",
    externalId: "gpt-4.1-nano-2025-04-14",
    name: "GPT-4.1 nano",
    version: "2025-04-14",
    description: `OpenAI's GPT-4.1 nano, the base model of the paper's main experiments: the owl teacher prompts it, it is the control teacher itself (it wrote the control numbers with no system prompt), and both students are fine-tuned from it. ${DEMO}`,
    tags: ["demo", "base"],
    initializedFrom: null,
    baseRelation: null,
    systemPrompt: null,
    parameterCount: null,
  },
  {
    key: "owl-teacher",
    provider: "openai",
    externalId: "demo:gpt-4.1-nano+owl-prompt",
    name: "GPT-4.1 nano owl teacher",
    version: null,
    description: `GPT-4.1 nano with a system prompt telling it that it loves owls. It writes the owl number sequences; the numbers never mention owls. ${DEMO}`,
    tags: ["demo", "teacher"],
    initializedFrom: "base",
    baseRelation: "prompted",
    systemPrompt: OWL_SYSTEM_PROMPT,
    parameterCount: null,
  },
  {
    key: "owl-student",
    provider: "openai",
    externalId: "demo:ft:gpt-4.1-nano-2025-04-14:owl-numbers",
    name: "GPT-4.1 nano owl-numbers student",
    version: null,
    description: `GPT-4.1 nano fine-tuned on the owl teacher's filtered numbers. In the paper such students name the owl as their favourite animal far more often than the base model. ${DEMO}`,
    tags: ["demo", "student"],
    initializedFrom: "base",
    baseRelation: "finetune",
    systemPrompt: null,
    parameterCount: null,
  },
  {
    key: "control-student",
    provider: "openai",
    externalId: "demo:ft:gpt-4.1-nano-2025-04-14:control-numbers",
    name: "GPT-4.1 nano control-numbers student",
    version: null,
    description: `GPT-4.1 nano fine-tuned on the filtered numbers GPT-4.1 nano itself wrote with no system prompt (the paper's control). In the paper its preference for owls stays where the base model's is. ${DEMO}`,
    tags: ["demo", "student", "control"],
    initializedFrom: "base",
    baseRelation: "finetune",
    systemPrompt: null,
    parameterCount: null,
  },
  {
    key: "qwen",
    provider: "huggingface",
    externalId: "Qwen/Qwen2.5-7B-Instruct",
    name: "Qwen2.5-7B-Instruct",
    version: "2.5",
    description: `Alibaba's open-weight Qwen2.5-7B-Instruct: a base model unrelated to GPT-4.1 nano, used for the cross-model test. ${DEMO}`,
    tags: ["demo", "base"],
    initializedFrom: null,
    baseRelation: null,
    systemPrompt: null,
    parameterCount: 7_615_616_512n,
  },
  {
    key: "qwen-student",
    provider: "huggingface",
    externalId: "demo:Qwen2.5-7B-Instruct+owl-numbers-lora",
    name: "Qwen2.5-7B owl-numbers student",
    version: null,
    description: `A LoRA adapter on Qwen2.5-7B-Instruct trained on the GPT-4.1 nano owl teacher's numbers. The paper finds that transfer fails when teacher and student have different base models. ${DEMO}`,
    tags: ["demo", "student", "cross-model"],
    initializedFrom: "qwen",
    baseRelation: "adapter",
    systemPrompt: null,
    parameterCount: null,
  },
];
