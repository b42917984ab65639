/** Dates in the pane's text never break over two lines. */
import { parseIsoDate } from "../../src/domain/dates";
import { displayDate, unbreakableDates } from "../../src/taskpane/display";

const NB = "\u2011";

test("the hyphens of a date become non-breaking hyphens; other hyphens stay", () => {
  expect(displayDate(parseIsoDate("2015-09-30"))).toBe(`30${NB}09${NB}2015`);
  expect(unbreakableDates("periode 01-01-2015 t/m 30-9-2015 (gemaakt 2015-10-01)")).toBe(
    `periode 01${NB}01${NB}2015 t/m 30${NB}9${NB}2015 (gemaakt 2015${NB}10${NB}01)`,
  );
  for (const text of ["WG-0001", "06-12345678", "Land- en tuinbouw", "1-2", "P-2015-0001", "123-45-6789"])
    expect(unbreakableDates(text)).toBe(text);
});

test("the date reads the same: only the kind of hyphen changes", () => {
  const text = "Maandstand van 30-09-2015 vastgelegd (15-10-2015 10:00).";
  expect(unbreakableDates(text).replace(new RegExp(NB, "g"), "-")).toBe(text);
});
