/** The catalog of rules: data, in the order users read them (DOMAIN.md "Rules"). */
import { A01 } from "./A01";
import { A02 } from "./A02";
import { A03 } from "./A03";
import { A04 } from "./A04";
import { A05 } from "./A05";
import { K01 } from "./K01";
import { P01 } from "./P01";
import { P02 } from "./P02";
import { P03 } from "./P03";
import { P04 } from "./P04";
import { P05 } from "./P05";
import { P06 } from "./P06";
import { P07 } from "./P07";
import { P08 } from "./P08";
import { PV1 } from "./PV1";
import { T01 } from "./T01";
import { Rule, RuleId } from "./types";
import { V01 } from "./V01";
import { V02 } from "./V02";
import { V03 } from "./V03";
import { V04 } from "./V04";
import { V05 } from "./V05";
import { W01 } from "./W01";
import { W02 } from "./W02";
import { W03 } from "./W03";
import { W04 } from "./W04";

export const RULES: readonly Rule[] = [
  A01,
  A02,
  A03,
  A04,
  A05,
  W01,
  W02,
  W03,
  W04,
  V01,
  V02,
  V03,
  V04,
  V05,
  P01,
  P02,
  P03,
  P04,
  P05,
  P06,
  P07,
  P08,
  T01,
  K01,
  PV1,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: RuleId): Rule {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`Unknown rule ${id}`);
  return rule;
}
