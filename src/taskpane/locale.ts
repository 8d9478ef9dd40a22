import { createContext, useContext } from "react";
import type { Location, Problem } from "../domain/problem";
import { DEFAULT_LOCALE, fill, textOf, type Locale, type MessageKey, type Params } from "./i18n";

/** The pane's language and its words; every component reads them here, never as literals. */
export interface Text {
  locale: Locale;
  t(key: MessageKey, params?: Params): string;
  /** A core problem's text in the pane's language. */
  problemText(p: Problem): string;
  /** Where a problem or flag sits: "ITA_Plan!D5", "บรรทัด 12 คอลัมน์ 3". */
  placeText(where: Location): string;
  /** Thai or English of a data record ({th, en}). */
  pick(named: { th: string; en: string }): string;
}

export function makeText(locale: Locale): Text {
  const t = (key: MessageKey, params?: Params) =>
    params ? fill(textOf(locale, key), params) : textOf(locale, key);
  return {
    locale,
    t,
    problemText: (p) => p[locale],
    pick: (named) => named[locale],
    placeText(where) {
      if (where.sheet && where.cell) return `${where.sheet}!${where.cell}`;
      if (where.line !== undefined) {
        return where.col !== undefined
          ? t("placeLineColumn", { line: where.line, column: where.col })
          : t("placeLine", { line: where.line });
      }
      const row = where.row !== undefined ? t("placeRow", { row: where.row }) : undefined;
      return [where.sheet, row, where.column].filter((s) => s !== undefined && s !== "").join(" · ");
    },
  };
}

export const TextContext = createContext<Text>(makeText(DEFAULT_LOCALE));

export const useText = (): Text => useContext(TextContext);
