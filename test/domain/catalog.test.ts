/** The catalog of sources and rules is data: builders, rules and documentation agree with it. */
import { SOURCES } from "../../src/domain/sources/catalog";
import { fieldsFor } from "../../src/domain/sources/fields";
import { RECORD_BUILDERS } from "../../src/domain/sources/records";
import { RULES } from "../../src/domain/rules/catalog";
import { DetectedSheet } from "../../src/domain/sources/detect";

test("every column of the catalog is read by its source's record builder", () => {
  for (const source of SOURCES) {
    if (source.type === "Ambitie") continue;
    const detected = { type: source.type, columns: new Map() } as unknown as DetectedSheet;
    const fields = fieldsFor(source.type, {}, detected, { formats: undefined, unreadable: [] });
    RECORD_BUILDERS[source.type as keyof typeof RECORD_BUILDERS](fields);
    expect([...fields.requested].sort()).toEqual(source.columns.map((c) => c.key).sort());
  }
});

test("every rule id of DOMAIN.md, once, with a Dutch name, description and agreement", () => {
  const ids = RULES.map((r) => r.id);
  expect(ids).toEqual([
    "A01",
    "A02",
    "A03",
    "A04",
    "A05",
    "W01",
    "W02",
    "W03",
    "W04",
    "V01",
    "V02",
    "V03",
    "V04",
    "V05",
    "P01",
    "P02",
    "P03",
    "P04",
    "P05",
    "P06",
    "P07",
    "P08",
    "T01",
    "K01",
    "PV1",
  ]);
  for (const rule of RULES) {
    expect(rule.name.length).toBeGreaterThan(5);
    expect(rule.description.length).toBeGreaterThan(20);
    expect(rule.agreement.length).toBeGreaterThan(20);
    expect(rule.severities.length).toBeGreaterThan(0);
  }
});

test("each rule lives in a file named after its id", () => {
  for (const rule of RULES) {
    const module = require(`../../src/domain/rules/${rule.id}`);
    expect(module[rule.id]).toBe(rule);
  }
});
