import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";

/**
 * Waits for office.js and tells whether the pane runs inside Excel. In a plain browser office.js
 * reports host null; when office.js did not load at all there is no Office global. In both cases
 * the pane still renders.
 */
async function waitForExcel(): Promise<boolean> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return false;
  try {
    const info = await Office.onReady();
    return info.host === Office.HostType.Excel;
  } catch {
    return false;
  }
}

const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  void waitForExcel().then((inExcel) => {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App inExcel={inExcel} />
      </FluentProvider>,
    );
  });
}
