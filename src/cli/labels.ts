/**
 * How the command line names its input files in the report and its messages: by file name, as the
 * user knows them; a name that several inputs share gets as many of its folders as set them apart
 * ("a/plaatsingen.csv", "b/plaatsingen.csv"), so that every message points at one file.
 */
import { resolve, sep } from "node:path";

export function fileLabels(paths: readonly string[]): string[] {
  const parts = paths.map((path) =>
    resolve(path)
      .split(sep)
      .filter((part) => part !== ""),
  );
  const last = (i: number, n: number) => parts[i].slice(-n).join(sep);
  const labels = parts.map((_, i) => last(i, 1));
  for (const label of new Set(labels)) {
    const group = labels.flatMap((l, j) => (l === label ? [j] : []));
    if (group.length === 1) continue;
    // The fewest trailing folders that set every file of the group apart; the whole path at most.
    const most = Math.max(...group.map((j) => parts[j].length));
    let n = 2;
    while (n < most && new Set(group.map((j) => last(j, n))).size < group.length) n++;
    for (const j of group) labels[j] = n >= parts[j].length ? resolve(paths[j]) : last(j, n);
  }
  return labels;
}
