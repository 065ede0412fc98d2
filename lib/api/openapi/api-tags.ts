// The areas the API reference groups operations by, in the order it shows them.
export const API_TAGS = [
  { name: "Models", description: "Base models, teachers and students: their registration, detail and derivation." },
  {
    name: "Lineage",
    description: "Who taught whom on what data: the graph of models and datasets, walked up and down.",
  },
  {
    name: "Datasets",
    description:
      "Content-addressed generated datasets: streamed uploads, records, statistics and the hidden-signal check.",
  },
  { name: "Generations", description: "A teacher generated a dataset, with its sampling settings." },
  {
    name: "Runs",
    description: "Distillation runs: a student trained on datasets, from an initialisation, and their transfer effect.",
  },
  {
    name: "Measurements",
    description: "Trait measurements of models: counts, per-question counts or reported scores with intervals.",
  },
  {
    name: "Traits",
    description:
      "The traits measured across models, the heatmap of models by traits, and exposure to traits through training data.",
  },
  {
    name: "Imports",
    description: "Evaluation files from other tools, turned into measurements. The file is the request body.",
  },
  {
    name: "Search",
    description: "One search across models, datasets, runs, traits and reports, as the command palette asks it.",
  },
  { name: "Reports", description: "Provenance reports of a model or a trait, and their signatures." },
  {
    name: "Notes",
    description: "Notes auditors and admins write on models, datasets and runs, carried into every report.",
  },
  { name: "Audit", description: "Every change made in the workspace, who made it and the entity before and after." },
  { name: "Account", description: "The caller, their API tokens and their password." },
  { name: "Users", description: "The workspace's users and their roles (administrators only)." },
  {
    name: "Webhooks",
    description:
      "Endpoints told of events (a model newly exposed, a measurement, a run, a signed report), with signed, retried deliveries (administrators only).",
  },
  { name: "Service", description: "Health and this document." },
] as const;

export type ApiTag = (typeof API_TAGS)[number]["name"];
