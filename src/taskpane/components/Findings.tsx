import { useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Location, Problem } from "../../domain/problem";
import { useText, type Text } from "../locale";
import { useOptionalWorkbook } from "../workbook";

/** One line of a list of problems or weak points: what, where, and a way to go there. */
export interface Finding {
  key: string;
  kind: "error" | "warning" | "weak";
  text: string;
  where?: Location;
}

export const problemFindings = (problems: readonly Problem[], text: Text): Finding[] =>
  problems.map((p, i) => ({
    key: `${p.code}-${p.sheet ?? ""}-${p.cell ?? ""}-${p.line ?? ""}-${i}`,
    kind: p.severity,
    text: text.problemText(p),
    where: p,
  }));

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalXS },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  weak: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
  place: { fontFamily: tokens.fontFamilyMonospace, minWidth: 0, paddingLeft: 0, paddingRight: 0 },
});

const KIND_LABEL = { error: "kindError", warning: "kindWarning", weak: "kindWeak" } as const;

export interface FindingListProps {
  items: readonly Finding[];
  /** Show at most this many, then say how many more there are. */
  limit?: number;
  label?: string;
}

export function FindingList({ items, limit, label }: FindingListProps) {
  const styles = useStyles();
  const text = useText();
  const jump = useOptionalWorkbook()?.jump;
  const [expanded, setExpanded] = useState(false);
  const shown = limit === undefined || expanded ? items : items.slice(0, limit);
  return (
    <>
      <ul className={styles.list} aria-label={label}>
        {shown.map((f) => {
          const place = f.where ? text.placeText(f.where) : "";
          const canJump = Boolean(jump && f.where?.sheet && f.where.cell);
          return (
            <li key={f.key} className={styles.item}>
              <span className={styles[f.kind]}>{text.t(KIND_LABEL[f.kind])}</span>
              {canJump ? (
                <Button
                  className={styles.place}
                  appearance="transparent"
                  size="small"
                  aria-label={text.t("goTo", { place })}
                  onClick={() => void jump?.(f.where!)}
                >
                  {place}
                </Button>
              ) : place ? (
                <span className={styles.place}>{place}</span>
              ) : null}
              <span>{f.text}</span>
            </li>
          );
        })}
      </ul>
      {shown.length < items.length && (
        <div>
          <Button appearance="secondary" size="small" onClick={() => setExpanded(true)}>
            {text.t("showAllFindings", { count: items.length - shown.length })}
          </Button>
        </div>
      )}
    </>
  );
}
