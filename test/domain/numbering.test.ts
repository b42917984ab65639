import fc from "fast-check";
import { TextNumbers } from "../../src/domain/sources/numbering";

/** The numbering TextNumbers must give: first seen, first numbered. */
function expectedNumbers(texts: readonly (string | undefined)[]): number[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    if (t === undefined) return -1;
    if (!seen.has(t)) seen.set(t, seen.size);
    return seen.get(t) as number;
  });
}

function numbersOf(texts: readonly (string | undefined)[]): { numbers: number[]; numbering: TextNumbers } {
  const numbering = new TextNumbers();
  return { numbers: texts.map((t) => numbering.number(t)), numbering };
}

function expectSameNumbering(texts: readonly (string | undefined)[]): void {
  const { numbers, numbering } = numbersOf(texts);
  expect(numbers).toEqual(expectedNumbers(texts));
  expect(numbers.map((n) => numbering.text(n))).toEqual(texts);
  expect(numbering.size).toBe(new Set(texts.filter((t) => t !== undefined)).size);
}

describe("TextNumbers", () => {
  test("a name list: each distinct value its number in order of first appearance", () => {
    const texts = ["Zorg", "Bouw", "Zorg", undefined, "Horeca", "Bouw", "zorg", "Zorg "];
    expect(numbersOf(texts).numbers).toEqual([0, 1, 0, -1, 2, 1, 3, 4]);
    expectSameNumbering(texts);
  });

  test("values with the same length and the same first, middle and last character stay apart", () => {
    const texts = ["abXba", "abYba", "abZba", "abXba", "abYba", "aXXXa", "aYXYa"];
    expectSameNumbering(texts);
  });

  test("WBS numbers in a dense range, past the small-list size, keep their numbers", () => {
    const texts: string[] = [];
    for (let i = 0; i < 5000; i++) texts.push(`PL${8_000_000 + ((i * 7919) % 20_000)}`);
    // Numbers below the first one make the range grow downwards, past the ones it holds.
    for (let i = 0; i < 5000; i++)
      texts.push(`PL${8_000_000 - 3 * i}`, `PL${8_000_000 + ((i * 13) % 20_000)}`);
    expectSameNumbering(texts);
  });

  test("numbers far outside the range, leading zeros and other shapes are numbered apart", () => {
    const texts: string[] = [];
    for (let i = 0; i < 300; i++) {
      texts.push(`VAC${5_000_000 + i * 3}`);
      if (i % 10 === 0)
        texts.push(`VAC${12 + i}`, `VAC0${12 + i}`, `VAC${999_999_000 + i}`, `vac${5_000_000 + i * 3}`);
      if (i % 7 === 0)
        texts.push(`VAC${5_000_000 + i * 3} `, `Onbekend ${i}`, `${5_000_000 + i}`, "VAC", "0");
    }
    // The same texts again, once the ranges have grown around the far numbers.
    for (let i = 0; i < 300; i++)
      texts.push(`VAC${12 + i}`, `VAC${5_000_000 + i * 3}`, `VAC${999_999_000 + i}`);
    expectSameNumbering(texts);
  });

  test("more prefixes than get a range of their own are numbered too", () => {
    const texts: string[] = [];
    for (let i = 0; i < 2000; i++)
      texts.push(`${"ABCDEFGHIJKLMNOP"[i % 16]}${"QRST"[i % 4]}${100 + (i % 250)}`);
    expectSameNumbering(texts);
  });

  test("a number that arrives before the range reaches it, and texts too long to be numbers", () => {
    const texts = ["WG500000", ...Array.from({ length: 100 }, (_, i) => `WG${100 + i}`)];
    texts.push(...Array.from({ length: 100 }, (_, i) => `WG${1_000_000 - i * 5000}`));
    texts.push("WG1234567890", "WG12345678901", "WG500000", "WG100", "WG1000000");
    expectSameNumbering(texts);
  });

  test("property: any mix of texts is numbered as a Map would number it", () => {
    const wbsNumber = fc
      .tuple(
        fc.constantFrom("", "PL", "VAC", "WG", "wg", "KL", "ABCD", "ABCDE"),
        fc.oneof(
          fc.integer({ min: 0, max: 3000 }),
          fc.integer({ min: 7_000_000, max: 7_300_000 }),
          fc.integer({ min: 0, max: 2_147_483_647 }),
        ),
        fc.constantFrom("", "0", "00", " "),
      )
      .map(([prefix, n, pad]) => (pad === " " ? `${prefix}${n} ` : `${prefix}${pad}${n}`));
    const text = fc.oneof(wbsNumber, wbsNumber, fc.string({ maxLength: 6 }), fc.constant(undefined));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 600 }), (texts) => {
        const { numbers, numbering } = numbersOf(texts);
        expect(numbers).toEqual(expectedNumbers(texts));
        expect(numbers.map((n) => numbering.text(n))).toEqual(texts);
      }),
      { numRuns: 200 },
    );
  });
});
