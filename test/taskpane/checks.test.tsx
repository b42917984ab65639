/** @jest-environment jsdom */
/**
 * Controle: the checks run on the workbook, a summary per rule with counts and severity, expanding to
 * the findings, filters by partner, severity and rule, paging of long lists, and a finding's cell
 * selected in Excel.
 */
import { allFindings, analyse } from "../../src/domain/analyse";
import { parseIsoDate } from "../../src/domain/dates";
import { demoPeildatum } from "../../src/demo/generate";
import { readWorkbook, simulatedHost } from "../../src/excel";
import * as navigate from "../../src/excel/navigate";
import { createSimulatedExcel } from "../../src/simulated-excel";
import { PAGE_SIZE } from "../../src/taskpane/hooks/useChecks";
import { demoWorkbook, main, pick, renderPane, screen, sourcesReady, waitFor, within } from "./helpers";
import { onScreenPattern } from "../support/on-screen";

jest.setTimeout(90_000);

async function engineFindings() {
  const read = await readWorkbook(simulatedHost(createSimulatedExcel(demoWorkbook())));
  return allFindings(analyse(read.inputs, { peildatum: parseIsoDate(demoPeildatum()) }));
}

async function runChecks(user: ReturnType<typeof renderPane>["user"]) {
  await sourcesReady();
  await user.click(screen.getByRole("tab", { name: "Controle" }));
  await user.click(await screen.findByRole("button", { name: "Controles uitvoeren" }));
  return waitFor(() => screen.getByTestId("checks-summary"), { timeout: 30_000 });
}

const ruleHeader = (id: string) => {
  const item = document.querySelector(`[data-rule="${id}"]`) as HTMLElement;
  return within(item).getAllByRole("button")[0];
};

test("a summary per rule: counts as the engine finds them, severity, not checkable with the reason", async () => {
  const findings = await engineFindings();
  const count = (rule: string) => findings.filter((f) => f.rule === rule).length;
  const { user } = renderPane();
  const summary = await runChecks(user);
  const by = (s: string) => findings.filter((f) => f.severity === s).length;
  expect(summary).toHaveTextContent(
    `${findings.length} bevindingen: ${by("fout")} fouten, ${by("waarschuwing")} waarschuwingen, ${by("info")} info.`,
  );
  for (const rule of ["P05", "V01", "W03", "A01"])
    expect(screen.getByTestId(`count-${rule}`)).toHaveTextContent(String(count(rule)));
  expect(ruleHeader("P05")).toHaveTextContent(/P05.*Plaatsing dubbel.*fout/);
  expect(ruleHeader("P03")).toHaveTextContent("fout / waarschuwing");
  expect(ruleHeader("P05")).toHaveAttribute("aria-expanded", "false");
});

test("a rule that cannot be checked says why", async () => {
  const wb = demoWorkbook();
  wb.worksheets.splice(wb.worksheets.indexOf(wb.findWorksheet("WBS vacatures")!), 1);
  const { user } = renderPane({ workbook: wb });
  await runChecks(user);
  expect(ruleHeader("V01")).toHaveTextContent("niet toetsbaar");
  await user.click(ruleHeader("V01"));
  expect(await main().findByText(/niet toetsbaar: bron Vacatures ontbreekt/)).toBeInTheDocument();
});

test("expanding a rule lists its findings; activating one selects its cell in Excel", async () => {
  const spy = jest.spyOn(navigate, "selectFindingCell");
  const findings = await engineFindings();
  const p05 = findings.filter((f) => f.rule === "P05");
  const { user, sim } = renderPane();
  await runChecks(user);
  await user.click(ruleHeader("P05"));
  const list = await screen.findByRole("list", { name: "Bevindingen van P05" });
  const items = within(list).getAllByRole("button");
  expect(items).toHaveLength(p05.length);
  expect(items[0]).toHaveTextContent(
    `Ga naar ${p05[0].sheet} · ${p05[0].columnLetter}${p05[0].row} · ${p05[0].column}`,
  );
  expect(items[0]).toHaveTextContent(p05[0].message);

  // Keyboard: focus the finding and press Enter.
  items[1].focus();
  await user.keyboard("{Enter}");
  await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
  expect(spy.mock.calls[0][1]).toEqual(p05[1]);
  await waitFor(() => expect(sim.workbook.activeWorksheet.name).toBe(p05[1].sheet));
  expect(sim.workbook.selection?.rect.r0).toBe(p05[1].row - 1);
  expect(screen.getByTestId("live-region")).toHaveTextContent(
    `${p05[1].columnLetter}${p05[1].row} geselecteerd op blad ${p05[1].sheet}.`,
  );
  spy.mockRestore();
});

test("filters by severity, partner and rule", async () => {
  const findings = await engineFindings();
  const { user } = renderPane();
  await runChecks(user);
  const summary = () => screen.getByTestId("checks-summary");

  await pick(user, screen.getByRole("combobox", { name: "Ernst" }), "waarschuwing");
  const warnings = findings.filter((f) => f.severity === "waarschuwing");
  await waitFor(() => expect(summary()).toHaveTextContent(`(${warnings.length} van ${findings.length})`));
  expect(document.querySelector('[data-rule="P05"]')).toBeNull(); // P05 only gives errors
  expect(screen.getByTestId("count-P03")).toHaveTextContent(
    String(warnings.filter((f) => f.rule === "P03").length),
  );

  await pick(user, screen.getByRole("combobox", { name: "Partner" }), "Delft");
  const delftWarnings = warnings.filter((f) => f.partner === "Delft");
  await waitFor(() =>
    expect(summary()).toHaveTextContent(`(${delftWarnings.length} van ${findings.length})`),
  );

  await pick(user, screen.getByRole("combobox", { name: "Ernst" }), "Alle");
  const delft = findings.filter((f) => f.partner === "Delft");
  const rules = [...new Set(delft.map((f) => f.rule))];
  const top = rules.sort(
    (a, b) => delft.filter((f) => f.rule === b).length - delft.filter((f) => f.rule === a).length,
  )[0];
  await pick(user, screen.getByRole("combobox", { name: "Regel" }), new RegExp(`^${top} `));
  const delftTop = delft.filter((f) => f.rule === top);
  await waitFor(() => expect(summary()).toHaveTextContent(`(${delftTop.length} van ${findings.length})`));
  expect(
    [...document.querySelectorAll("li[data-rule], div[data-rule]")].map((e) => e.getAttribute("data-rule")),
  ).toEqual([top]);
});

test(`long lists show ${PAGE_SIZE} findings at a time`, async () => {
  // 150 copies of one placement row at the end: 150 P05 findings.
  const wb = demoWorkbook();
  const ws = wb.findWorksheet("WBS plaatsingen")!;
  const last = ws.usedRect(true)!.r1;
  for (let i = 1; i <= 150; i++)
    for (let c = 0; c <= ws.usedRect(true)!.c1; c++) {
      const cell = ws.getCell(1, c);
      if (cell) Object.assign(ws.ensureCell(last + i, c), { value: cell.value, style: cell.style });
    }
  const { user } = renderPane({ workbook: wb });
  await runChecks(user);
  const total = Number(screen.getByTestId("count-P05").textContent);
  expect(total).toBeGreaterThanOrEqual(150);
  await user.click(ruleHeader("P05"));
  const list = await screen.findByRole("list", { name: "Bevindingen van P05" });
  expect(within(list).getAllByRole("listitem")).toHaveLength(PAGE_SIZE);
  await user.click(screen.getByRole("button", { name: `Meer tonen (nog ${total - PAGE_SIZE})` }));
  expect(within(list).getAllByRole("listitem")).toHaveLength(Math.min(total, 2 * PAGE_SIZE));
});

test("making the report and recording the maandstand do not make the checks stale (no source changed)", async () => {
  const { user } = renderPane();
  await runChecks(user);
  await user.click(screen.getByRole("tab", { name: "Rapport" }));
  await user.click(await screen.findByRole("button", { name: "Maak rapportage" }));
  await main().findByText(/^Rapportage gemaakt/, {}, { timeout: 30_000 });
  await user.click(screen.getByRole("button", { name: "Maandstand vastleggen" }));
  await main().findByText(onScreenPattern(/^Maandstand van 30-09-2015 vastgelegd/));
  await user.click(screen.getByRole("tab", { name: "Controle" }));
  await screen.findByTestId("checks-summary");
  expect(main().queryByText(/sinds de laatste controle/)).not.toBeInTheDocument();
});

test("without a valid peildatum the checks say why they cannot run", async () => {
  const { user } = renderPane();
  await sourcesReady();
  await user.click(screen.getByRole("tab", { name: "Rapport" }));
  await user.clear(await screen.findByLabelText("Vaste peildatum"));
  await user.click(screen.getByRole("tab", { name: "Controle" }));
  expect(await screen.findByRole("button", { name: "Controles uitvoeren" })).toBeDisabled();
  expect(
    main().getByText("Kies eerst een geldige peildatum bij Rapport; dan kunnen de controles lopen."),
  ).toBeInTheDocument();
});

test("the checks say when the workbook changed since they ran", async () => {
  const { user } = renderPane();
  await runChecks(user);
  await user.click(screen.getByRole("tab", { name: "Bronnen" }));
  await user.click(await screen.findByRole("button", { name: "Werkmap opnieuw lezen" }));
  await user.click(screen.getByRole("tab", { name: "Controle" }));
  expect(await main().findByText(/sinds de laatste controle/)).toBeInTheDocument();
});
