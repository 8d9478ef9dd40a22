/**
 * The only place the task pane shell asks Office who and where it is. Everything else receives an
 * OfficeEnvironment as plain data, so the UI renders the same in Excel, in a browser and in tests.
 */
export type OfficeStatus =
  /** Inside Excel: Office.onReady resolved with a host. */
  | "excel"
  /** office.js loaded but no Office host (the page opened in a browser). */
  | "preview"
  /** office.js missing or never ready: render anyway. */
  | "unavailable";

export interface OfficeEnvironment {
  status: OfficeStatus;
  /** Office's theme when the host reports one: true dark, false light, null unknown. */
  dark: boolean | null;
}

/** How long to wait for Office.onReady before rendering without it. */
export const OFFICE_READY_TIMEOUT_MS = 4000;

/** Relative luminance (0 black .. 1 white) of a #rrggbb colour, or null if it is not one. */
export function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) return null;
  const n = parseInt(match[1], 16);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 0xff) + 0.7152 * channel((n >> 8) & 0xff) + 0.0722 * channel(n & 0xff);
}

function officeThemeIsDark(): boolean | null {
  try {
    const background = Office.context.officeTheme?.bodyBackgroundColor;
    const l = background ? luminance(background) : null;
    return l === null ? null : l < 0.5;
  } catch {
    // officeTheme is absent on some platforms and throws on others.
    return null;
  }
}

/**
 * Calls `render` once the environment is known: when Office.onReady settles, or after a timeout
 * if it does not. If Office turns up after the timeout, `render` is called again with the real
 * environment.
 */
export function watchOfficeEnvironment(
  render: (env: OfficeEnvironment) => void,
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    render({ status: "unavailable", dark: null });
    return;
  }
  let settled = false;
  const timer = setTimeout(() => {
    if (!settled) render({ status: "unavailable", dark: null });
  }, timeoutMs);
  Office.onReady()
    .then((info) => {
      settled = true;
      clearTimeout(timer);
      render(info.host ? { status: "excel", dark: officeThemeIsDark() } : { status: "preview", dark: null });
    })
    .catch(() => {
      settled = true;
      clearTimeout(timer);
      render({ status: "unavailable", dark: null });
    });
}
