/** Citizen service numbers: the 11-test, the notations that are masked, and the cheap pre-check. */
import fc from "fast-check";
import {
  bsnCandidates,
  BSN_MASK,
  hasNineDigits,
  isBsn,
  maskBsn,
  nineDigitNumbers,
} from "../../src/domain/privacy";

// 111222333 passes the 11-test: 9+8+7 + 2·(6+5+4) + 3·(3+2) − 3 = 66 = 6 × 11.
const BSN = "111222333";

describe("isBsn", () => {
  test("the 11-test", () => {
    expect(isBsn(BSN)).toBe(true);
    expect(isBsn("111222334")).toBe(false);
    expect(isBsn("010000008")).toBe(true);
    expect(isBsn("000000000")).toBe(false);
    expect(isBsn("11122233")).toBe(false);
  });
});

describe("maskBsn", () => {
  test.each([
    [`BSN ${BSN} bekend`, `BSN ${BSN_MASK} bekend`],
    ["BSN 1112.22.333", `BSN ${BSN_MASK}`],
    ["1112 22 333", BSN_MASK],
    ["111 222 333", BSN_MASK],
    ["111.222.333", BSN_MASK],
    ["111.22.23.33", BSN_MASK],
    ["klant 1112.22.333, broer 111222333.", `klant ${BSN_MASK}, broer ${BSN_MASK}.`],
  ])("%s", (text, masked) => {
    expect(maskBsn(text)).toBe(masked);
  });

  test.each([
    "111222334", // fails the 11-test
    "1112.22.334",
    "1111222333", // ten digits
    "1.111.222.333", // a longer number
    "12-03-2015 10:00",
    "PL7003544",
  ])("%s stays as it is", (text) => {
    expect(maskBsn(text)).toBe(text);
  });
});

describe("bsnCandidates", () => {
  test("counts every notation, and numbers whose leading zero Excel dropped", () => {
    expect(bsnCandidates(`${BSN} en 1112.22.333 en 111 222 334`)).toEqual({ candidates: 3, passing: 2 });
    expect(bsnCandidates(10000008)).toEqual({ candidates: 1, passing: 1 });
    expect(bsnCandidates("geen nummer")).toEqual({ candidates: 0, passing: 0 });
  });
});

describe("hasNineDigits, the pre-check", () => {
  const piece = fc.oneof(
    fc.constantFrom("1112.22.333", "111 222 333", "111.222.333", "111.22.23.33", BSN, "12-03-2015", "25,5"),
    fc.stringMatching(/^[0-9. a-z\u00a0]{0,6}$/),
  );

  test("is true wherever a BSN notation could be found (never hides one from the scan)", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const text = pieces.join("");
        if (nineDigitNumbers(text).length > 0) expect(hasNineDigits(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  test("rules out the usual cells at once", () => {
    for (const text of ["PL7003544", "12-03-2015", "Detailhandel", "2611 AB", "Bakkerij Jansen B.V."])
      expect(hasNineDigits(text)).toBe(false);
  });
});
