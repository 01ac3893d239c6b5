// Doorstep's layering, enforced: `npm run lint:deps` fails on any rule below.
// The picture and the reasons are in docs/architecture.md; each rule's comment says
// which arrow it guards. Paths are relative to the repository root.
//
//   hosts (viz/, cli/, bin/)  ->  workers/  ->  sim/index.ts (+ sim/node.ts)
//     ->  sim/domain  ->  sim/scenario  ->  sim/core
//   sim/examples -> sim/core/index.ts;  scripts/ and tests/ may import anything.

/** Every project folder that holds shipped or test code. */
const PROJECT = "^(sim|workers|viz|cli|bin|scripts|tests)/";
/** The public API: the only door from hosts and workers into the model. */
const PUBLIC_API = "^sim/(index|node)[.]ts$";
/** Node's built-in modules, as the cruiser names them (`fs`, `node:fs`, `fs/promises`). */
const NODE_BUILTIN = `^(node:.*|${require("node:module").builtinModules.join("|")})$`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "A module reaches itself through runtime imports. Cycles make load order matter and " +
        "layers impossible to reason about: move the shared piece down a layer.",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "no-circular-types",
      severity: "warn",
      comment:
        "Two files of one folder name each other's types (a Model holds Agents, an Agent its " +
        "Model). Types vanish at compile time, so load order is safe; listed so that each " +
        "such loop stays deliberate. Between folders no-circular-folders forbids them.",
      from: {},
      to: { circular: true, via: { dependencyTypes: ["type-only"] } },
    },
    {
      name: "no-circular-folders",
      severity: "error",
      comment:
        "Two folders import each other (possibly through others). Folders are the units " +
        "of the layering, so their arrows must point one way as well.",
      scope: "folder",
      from: { path: PROJECT },
      to: { circular: true },
    },
    {
      name: "not-to-test",
      severity: "error",
      comment:
        "Shipped code imports tests/. Test helpers and fixtures are not shipped; move what " +
        "the shipped code needs next to it.",
      from: { pathNot: "^tests/" },
      to: { path: "^tests/" },
    },
    {
      name: "core-is-domain-free",
      severity: "error",
      comment:
        "sim/core is the domain-free framework (the role Mesa plays): it imports no other " +
        "project folder, so it can be understood, tested and reused on its own.",
      from: { path: "^sim/core/" },
      to: { path: PROJECT, pathNot: "^sim/core/" },
    },
    {
      name: "core-through-its-index",
      severity: "error",
      comment:
        "The public API, the domain, the scenario layer and the examples use the core only " +
        "through sim/core/index.ts, its public list: what the core keeps private can change freely.",
      from: { path: ["^sim/(domain|scenario|examples)/", PUBLIC_API] },
      to: { path: "^sim/core/", pathNot: "^sim/core/index[.]ts$" },
    },
    {
      name: "examples-use-only-the-core",
      severity: "error",
      comment:
        "sim/examples are Mesa's models ported onto the core: they prove the core stands " +
        "alone, so they import nothing of the surveillance model.",
      from: { path: "^sim/examples/" },
      to: { path: PROJECT, pathNot: ["^sim/examples/", "^sim/core/index[.]ts$"] },
    },
    {
      name: "scenario-below-domain",
      severity: "error",
      comment:
        "sim/scenario (schema, parsing, presets, sweeps) sits below the domain: it may use " +
        "the core, never the domain, the public API or the examples.",
      from: { path: "^sim/scenario/" },
      to: { path: "^sim/", pathNot: ["^sim/scenario/", "^sim/core/"] },
    },
    {
      name: "domain-below-api",
      severity: "error",
      comment:
        "sim/domain is reached through the public API, never the other way round, and it " +
        "does not use the Mesa examples.",
      from: { path: "^sim/domain/" },
      to: { path: [PUBLIC_API, "^sim/examples/"] },
    },
    {
      name: "sim-is-host-free",
      severity: "error",
      comment:
        "sim/ is the model: it never imports the engine hosts (workers/) or the user-facing " +
        "hosts (cli/, viz/, bin/). They depend on it, not it on them.",
      from: { path: "^sim/" },
      to: { path: "^(workers|cli|viz|bin)/" },
    },
    {
      name: "hosts-through-public-api",
      severity: "error",
      comment:
        "Hosts and workers reach the model only through sim/index.ts (browser-safe) or " +
        "sim/node.ts (adds the file loaders). Anything they need is exported there, on purpose.",
      from: { path: "^(workers|viz|cli|bin)/" },
      to: { path: "^sim/", pathNot: PUBLIC_API },
    },
    {
      name: "workers-below-hosts",
      severity: "error",
      comment:
        "workers/ is the engine behind comlink; the dashboard and the CLI drive it. The " +
        "engine never imports a host.",
      from: { path: "^workers/" },
      to: { path: "^(viz|cli|bin)/" },
    },
    {
      name: "hosts-are-independent",
      severity: "error",
      comment:
        "The dashboard (viz/) and the command line (cli/, bin/) are separate products; what " +
        "both need belongs in workers/ or the public API.",
      from: { path: "^viz/" },
      to: { path: "^(cli|bin)/" },
    },
    {
      name: "cli-is-not-the-dashboard",
      severity: "error",
      comment: "The command line does not import the dashboard (see hosts-are-independent).",
      from: { path: "^(cli|bin)/" },
      to: { path: "^viz/" },
    },
    {
      name: "browser-api-is-node-free",
      severity: "error",
      comment:
        "sim/index.ts is loaded by the dashboard and the browser Worker: nothing it reaches " +
        "may import a Node built-in. Node-only code (file loaders) goes in sim/node.ts.",
      from: { path: "^sim/index[.]ts$" },
      to: { path: NODE_BUILTIN, reachable: true },
    },
    {
      name: "dashboard-is-node-free",
      severity: "error",
      comment:
        "viz/ runs in the browser: it uses sim/index.ts, not sim/node.ts, and imports no " +
        "Node built-in.",
      from: { path: "^viz/" },
      to: { path: "^sim/node[.]ts$" },
    },
    {
      name: "browser-code-is-node-free",
      severity: "error",
      comment:
        "The dashboard, the browser Worker and its test page run in the browser: nothing " +
        "they reach may import a Node built-in (viz/vite.config.ts runs in Node).",
      from: {
        path: "^(viz/|workers/browser-engine[.]ts$|workers/test-page/)",
        pathNot: "^viz/vite[.]config[.]ts$",
      },
      to: { path: NODE_BUILTIN, reachable: true },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment:
        "An import the cruiser cannot resolve: a typo, a missing file, or a package that is " +
        "not installed. Left alone it would also hide the arrows above.",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports are arrows too: a host that imports a domain type is coupled to it.
    tsPreCompilationDeps: true,
    // Sources import each other with `.ts` specifiers (allowImportingTsExtensions);
    // the tsconfig tells the resolver so (found beside this file, whatever the working directory).
    tsConfig: { fileName: require("node:path").join(__dirname, "tsconfig.json") },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".mts", ".d.ts", ".js", ".mjs", ".cjs", ".json"],
    },
    // The broken tree is the layering test's fixture: it breaks every rule on purpose.
    exclude: { path: ["node_modules", "^results/", "^viz/dist/", "^tests/fixtures/architecture/"] },
  },
};
