// The layers of the codebase and which may import which (see ARCHITECTURE.md). Pages and routes in
// app/ use everything; a feature's components use shared UI and lib; lib never reaches up into the
// UI or app, and domain code outside lib/api knows nothing of HTTP.
export const layerElements = [
  { type: "app", pattern: "app" },
  { type: "ui", pattern: "components/ui" },
  { type: "entities", pattern: "components/entities" },
  { type: "feature", pattern: "components/*", capture: ["feature"] },
  // The OpenAPI document's types and wording are pure: the API reference page reads them too.
  { type: "openapi", pattern: "lib/api/openapi" },
  { type: "api", pattern: "lib/api" },
  { type: "lib", pattern: "lib/*", capture: ["module"] },
  { type: "cli", pattern: "cli" },
];

const elements = (...types) => types.map((type) => ({ element: { type } }));
const to = (...types) => types.map((type) => ({ to: { element: { type } } }));

export const layerPolicies = [
  {
    from: elements("lib"),
    disallow: to("app", "ui", "entities", "feature", "openapi", "api", "cli"),
    message:
      "lib/ sits below the UI and the API: domain code must not import {{to.element.type}} (move what both need down into lib/)",
  },
  {
    from: elements("api", "openapi"),
    disallow: to("app", "ui", "entities", "feature", "cli"),
    message: "lib/api must not import {{to.element.type}}",
  },
  {
    from: elements("ui"),
    disallow: to("app", "entities", "feature", "openapi", "api", "cli"),
    message: "components/ui holds shared primitives: it must not import {{to.element.type}}",
  },
  {
    from: elements("entities"),
    disallow: to("app", "feature", "openapi", "api", "cli"),
    message: "components/entities holds widgets several features show: it must not import {{to.element.type}}",
  },
  {
    from: elements("feature"),
    disallow: [
      { to: { element: { type: "feature", captured: { feature: "!{{from.element.captured.feature}}" } } } },
      ...to("app", "api", "cli"),
    ],
    message:
      "components/{{from.element.captured.feature}} must not import {{to.element.type}} {{to.element.captured.feature}}: move what both use to components/ui, components/entities or lib/",
  },
  {
    from: elements("cli"),
    disallow: to("app", "ui", "entities", "feature", "openapi", "api"),
    message: "the CLI must not import {{to.element.type}}",
  },
];
