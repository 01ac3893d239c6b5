/**
 * Sweeps whose run lists are pinned by digest (tests/scenario/lazy-plan.test.ts): every
 * shipped sweep, every test fixture sweep, and one sweep per sampler and `vary:` kind.
 * The digests were recorded from the eager construction (all cells, then `planRuns`) that
 * the lazy plan replaced, so the lazy plan gives byte-identical runs.
 */
export const PLAN_FILES = [
  "scenarios/sweeps/policy-x-adoption.yaml",
  "scenarios/sweeps/portal-morris.yaml",
  "scenarios/sweeps/sting-design-lhs.yaml",
  "tests/fixtures/scenario/sweep-lhs.yaml",
  "tests/fixtures/cli/toy-design.yaml",
  "tests/fixtures/cli/toy-morris.yaml",
  "tests/fixtures/cli/toy-sobol.yaml",
  "tests/fixtures/cli/small-sweep.yaml",
  "tests/fixtures/cli/toy-sweep.yaml",
  "tests/fixtures/cli/failing-sweep.yaml",
  "tests/fixtures/package/town-sweep.yaml",
];

const KINDS = [
  "  run.days: { int: { min: 10, max: 40 } }",
  "  residents.initialCameraShare: { uniform: { min: 0.1, max: 0.4 } }",
  "  policy.retentionDays: { range: { from: 0, to: 180, steps: 4 } }",
  '  policy.name: { values: ["none", "portal-partnership", "warrant-required"] }',
].join("\n");
const RANDOM_KINDS = [
  KINDS,
  "  cameras.fps: { normal: { mean: 10, sd: 4 } }",
  "  cameras.range: { lognormal: { mu: 2.5, sigma: 0.5 } }",
  "  cameras.visible: { choice: [true, false] }",
].join("\n");

/** Inline sweeps (base `baseline`): every sampler, every kind of `vary:` entry it takes. */
export const PLAN_TEXTS: Record<string, string> = {
  grid: `base: baseline\nreplications: 3\nseed: 11\nvary:\n  run.days: { values: [10, 20, 20, 30] }\n  neighbourhood.irregularity: { range: { from: 0, to: 0.5, steps: 4 } }\n  policy.retentionDays: { range: { from: 1, to: 2, steps: 5 } }\n`,
  random: `base: baseline\nsampler: random\nsamples: 37\nreplications: 2\nseed: 3\nvary:\n${RANDOM_KINDS}\n`,
  lhs: `base: baseline\nsampler: lhs\nsamples: 41\nreplications: 2\nseed: 5\nvary:\n${RANDOM_KINDS}\n`,
  morris: `base: baseline\nsampler: morris\ntrajectories: 6\nlevels: 6\ncandidates: 14\nreplications: 2\nseed: 9\nvary:\n${KINDS}\n`,
  sobol: `base: baseline\nsampler: sobol\nsamples: 16\nreplications: 2\nseed: 13\nvary:\n${KINDS}\n`,
  sobol2: `base: baseline\nsampler: sobol\nsamples: 8\ncalcSecondOrder: true\nseed: 2\nvary:\n${KINDS}\n`,
};

/** [runs, digest of the run list] per file or inline sweep, recorded from the eager construction. */
export const PLAN_DIGESTS: Record<string, [number, string]> = {
  "scenarios/sweeps/policy-x-adoption.yaml": [125, "020d0433d6963570"],
  "scenarios/sweeps/portal-morris.yaml": [70, "504ce4263581d0c7"],
  "scenarios/sweeps/sting-design-lhs.yaml": [120, "ba30cfec64614a49"],
  "tests/fixtures/scenario/sweep-lhs.yaml": [40, "8344c58c579926c4"],
  "tests/fixtures/cli/toy-design.yaml": [6, "b073ace7f47f60e9"],
  "tests/fixtures/cli/toy-morris.yaml": [36, "628a29813a17eede"],
  "tests/fixtures/cli/toy-sobol.yaml": [192, "4ac78bbbc5971316"],
  "tests/fixtures/cli/small-sweep.yaml": [8, "e3a205d5891793c2"],
  "tests/fixtures/cli/toy-sweep.yaml": [18, "f14e90b009aa8958"],
  "tests/fixtures/cli/failing-sweep.yaml": [4, "9e0bfde9cf214786"],
  "tests/fixtures/package/town-sweep.yaml": [4, "e0cea20db0113e2c"],
  grid: [72, "19ec68f75a3ab81c"],
  random: [74, "8975c770771efbcd"],
  lhs: [82, "ed445ce1845337d3"],
  morris: [60, "d772f8a97d3e218e"],
  sobol: [192, "176d77983e2a26e9"],
  sobol2: [80, "268ef54a5041893d"],
};
