/** Office's theme to Fluent's: a dark body background gives the dark theme, anything else light. */
import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

export type ThemeName = "light" | "dark";

/** Relative luminance of "#rrggbb" / "#rgb" (0 black … 1 white); undefined when it is no colour. */
export function luminance(color: string | undefined | null): number | undefined {
  if (typeof color !== "string") return undefined;
  let hex = color.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = [...hex].map((c) => c + c).join("");
  if (!/^[0-9a-f]{6}$/i.test(hex)) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** From `Office.context.officeTheme` (absent outside Office or in older hosts): light unless clearly dark. */
export function themeNameFromOffice(
  officeTheme: { bodyBackgroundColor?: string } | undefined | null,
): ThemeName {
  const l = luminance(officeTheme?.bodyBackgroundColor);
  return l !== undefined && l < 0.2 ? "dark" : "light";
}

export const fluentTheme = (name: ThemeName): Theme => (name === "dark" ? webDarkTheme : webLightTheme);
