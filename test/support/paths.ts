import { join } from "node:path";

export const SHARED = join(__dirname, "..", "..", "..", "shared");
export const SAMPLES = join(SHARED, "samples", "wbs-2015");
export const REAL_WORLD = join(SHARED, "real-world-xlsx");
