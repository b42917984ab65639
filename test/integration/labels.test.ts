/** How the command line names its input files: the name, with as many folders as set it apart. */
import { basename, join, resolve, sep } from "node:path";
import { fileLabels } from "../../src/cli/labels";

const p = (...parts: string[]) => join(sep, "exports", ...parts);

test("a file name that no other input shares is the name alone", () => {
  expect(fileLabels([p("2015", "referentie.xlsx"), "plaatsingen.csv"])).toEqual([
    "referentie.xlsx",
    "plaatsingen.csv",
  ]);
});

test("a shared name gets the fewest folders that tell the files apart", () => {
  expect(fileLabels([p("juli", "plaatsingen.csv"), p("augustus", "plaatsingen.csv"), p("ref.xlsx")])).toEqual(
    [join("juli", "plaatsingen.csv"), join("augustus", "plaatsingen.csv"), "ref.xlsx"],
  );
  expect(fileLabels([p("a", "q3", "x.csv"), p("b", "q3", "x.csv"), p("b", "q4", "x.csv")])).toEqual([
    join("a", "q3", "x.csv"),
    join("b", "q3", "x.csv"),
    join("b", "q4", "x.csv"),
  ]);
});

test("a file whose every folder is shared is named by its whole path", () => {
  expect(fileLabels([p("a", "x.csv"), p("x.csv")])).toEqual([join("a", "x.csv"), resolve(p("x.csv"))]);
  // Relative paths count from the working folder.
  expect(fileLabels(["x.csv", join("sub", "x.csv")])).toEqual([
    join(basename(process.cwd()), "x.csv"),
    join("sub", "x.csv"),
  ]);
});
