/** What build of the dashboard this is, for saved files and printed reports. */
export const BUILD = {
  version: typeof __DOORSTEP_VERSION__ === "string" ? __DOORSTEP_VERSION__ : "dev",
  commit: typeof __DOORSTEP_COMMIT__ === "string" ? __DOORSTEP_COMMIT__ : "unknown",
};
