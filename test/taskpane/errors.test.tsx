/** @jest-environment jsdom */
/**
 * Errors: a Fluent message in Dutch saying what happened and what to do, with Office's debug info
 * behind a details toggle; a retry; a render error caught by the boundary; the pane outside Excel.
 * Never a blank pane.
 */
import { render } from "@testing-library/react";
import { simulatedHost } from "../../src/excel";
import { createSimulatedExcel } from "../../src/simulated-excel";
import { Themed } from "../../src/taskpane/boot";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import { StartupMessage } from "../../src/taskpane/components/StartupMessage";
import { describeError } from "../../src/taskpane/errors";
import { STRINGS } from "../../src/taskpane/i18n";
import { demoWorkbook, main, renderPane, screen, sourcesReady, waitFor } from "./helpers";

jest.setTimeout(60_000);

/** Like OfficeExtension.Error: code, message and debugInfo. */
function officeError(code: string, message: string) {
  return Object.assign(new Error(message), {
    name: "RichApi.Error",
    code,
    debugInfo: { code, message, errorLocation: "Range.values", statement: "range.values = …;" },
  });
}

test("an Office error: what happened, what to do, details on request, and a retry", async () => {
  const sim = createSimulatedExcel(demoWorkbook());
  const inner = simulatedHost(sim);
  let failures = 1;
  let calls = 0;
  const host = {
    isSetSupported: inner.isSetSupported,
    run: <T,>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
      calls++;
      // The first batch loads the settings; the second reads the workbook, and fails once.
      if (calls === 2 && failures-- > 0)
        return Promise.reject(
          officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."),
        );
      return inner.run(batch);
    },
  };
  const { user } = renderPane({ host });
  expect(await main().findByText("Excel is bezig met een cel")).toBeInTheDocument();
  expect(
    main().getByText("Druk op Enter of Esc om het bewerken van de cel af te ronden en probeer het opnieuw."),
  ).toBeInTheDocument();
  const toggle = main().getByRole("button", { name: "Details" });
  expect(toggle).toHaveAttribute("aria-expanded", "false");
  await user.click(toggle);
  expect(main().getByRole("button", { name: "Details verbergen" })).toHaveAttribute("aria-expanded", "true");
  const details = main().getByLabelText("Details");
  expect(details).toHaveTextContent("Code: InvalidOperationInCellEditMode");
  expect(details).toHaveTextContent("Melding: Excel is in cell-editing mode.");
  expect(details).toHaveTextContent('"errorLocation": "Range.values"');

  await user.click(main().getByRole("button", { name: "Opnieuw proberen" }));
  expect(await sourcesReady()).toHaveTextContent("9 van 9 bronnen gevonden");
  expect(main().queryByText("Excel is bezig met een cel")).not.toBeInTheDocument();
});

test("a render error shows a message and a reload button, never a blank pane", () => {
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const Boom = () => {
    throw new Error("kapot");
  };
  render(
    <Themed theme="light" locale="nl">
      <ErrorBoundary locale="nl">
        <Boom />
      </ErrorBoundary>
    </Themed>,
  );
  expect(screen.getByText("Het taakvenster liep vast")).toBeInTheDocument();
  expect(screen.getByText(/Laad het taakvenster opnieuw/)).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Taakvenster opnieuw laden" })).toBeInTheDocument();
  spy.mockRestore();
});

test("outside Excel the pane says so and points to the preview", () => {
  render(
    <Themed theme="light" locale="nl">
      <StartupMessage state="not-in-excel" locale="nl" />
    </Themed>,
  );
  expect(screen.getByText("Niet geopend in Excel")).toBeInTheDocument();
  expect(screen.getByText(/npm run preview.*http:\/\/localhost:3001/)).toBeInTheDocument();
});

test("when Office does not start, the pane says what to do", () => {
  render(
    <Themed theme="light" locale="nl">
      <StartupMessage state="office-failed" locale="nl" />
    </Themed>,
  );
  expect(screen.getByText("Office kon niet worden gestart")).toBeInTheDocument();
});

describe("describeError", () => {
  const t = STRINGS.nl;
  test.each([
    ["AccessDenied", "De werkmap of een blad is beveiligd"],
    ["RequestPayloadSizeLimitExceeded", "Te veel gegevens in één keer"],
    ["GeneralException", "Er ging iets mis"],
  ])("%s", (code, title) => {
    expect(describeError(officeError(code, "x"), t).title).toBe(title);
  });

  test("our own errors keep their Dutch message; others show Office's only in the details", () => {
    const own = Object.assign(new Error("De rapportage is niet gemaakt: Bron Plaatsingen ontbreekt."), {
      name: "MissingSourcesError",
    });
    expect(describeError(own, t)).toMatchObject({
      title: "De rapportage is niet gemaakt",
      message: "De rapportage is niet gemaakt: Bron Plaatsingen ontbreekt.",
    });
    const office = describeError(officeError("GeneralException", "internal"), t, "report");
    expect(office.message).toBeUndefined();
    expect(office.title).toBe("De rapportage is niet gemaakt");
    expect(office.details).toMatchObject({ code: "GeneralException", message: "internal" });
    expect(describeError("plain text", t).details.message).toBe("plain text");
  });

  test("Office's error under our wrapper: our title and Dutch message, the advice and details from Office", () => {
    const cause = officeError(
      "InvalidOperationInCellEditMode",
      "The operation isn't available while Excel is in Edit cell mode.",
    );
    const wrapped = Object.assign(
      new Error("Het rapport kon niet worden geschreven. Het vorige rapport is ongewijzigd."),
      { name: "ReportWriteError", cause },
    );
    const info = describeError(wrapped, t, "report");
    expect(info).toMatchObject({
      title: "De rapportage is niet gemaakt",
      message: "Het rapport kon niet worden geschreven. Het vorige rapport is ongewijzigd.",
      action: "Druk op Enter of Esc om het bewerken van de cel af te ronden en probeer het opnieuw.",
      details: {
        name: "ReportWriteError",
        code: "InvalidOperationInCellEditMode",
        message: "The operation isn't available while Excel is in Edit cell mode.",
      },
    });
    expect(info.details.debugInfo).toContain("Range.values");
    const protectedImport = describeError(
      Object.assign(new Error("x.csv is niet geïmporteerd."), {
        name: "ImportError",
        cause: officeError("AccessDenied", "denied"),
      }),
      t,
      "import",
    );
    expect(protectedImport.title).toBe("Het bestand is niet geïmporteerd");
    expect(protectedImport.action).toMatch(/^Hef de beveiliging op/);
    // Without an Office code underneath, the wrapper's own advice.
    const plain = describeError(
      Object.assign(new Error("De maandstand is niet vastgelegd: kapot."), {
        name: "MaandstandError",
        cause: new Error("kapot"),
      }),
      t,
    );
    expect(plain.action).toBe(t.errors.maandstand.action);
    // A report only partly replaced says so itself; the advice does not claim it is unchanged.
    const partial = describeError(
      Object.assign(new Error("Het rapport kon niet helemaal worden vervangen. …"), {
        name: "ReportWriteError",
        cause: new Error("weg"),
      }),
      t,
      "report",
    );
    expect(partial.action).toBe("Probeer het opnieuw.");
  });
});

test("settings that cannot be loaded do not stop the pane", async () => {
  const sim = createSimulatedExcel(demoWorkbook());
  const inner = simulatedHost(sim);
  let calls = 0;
  const host = {
    isSetSupported: inner.isSetSupported,
    run: <T,>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
      ++calls === 1 ? Promise.reject(officeError("GeneralException", "settings")) : inner.run(batch),
  };
  renderPane({ host });
  await waitFor(() => expect(main().getByText("Er ging iets mis")).toBeInTheDocument());
  expect(await sourcesReady()).toHaveTextContent("bronnen gevonden");
});
