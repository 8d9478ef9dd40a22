import type { HTMLAttributes } from "react";
import { makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";

/**
 * A badge in Fluent's badge colours, for the pane's first view (like PaneButton, it saves the
 * first download Fluent's Badge module). Text on its colour always, so the level is never told
 * by colour alone.
 */
export type BadgeColour = "brand" | "success" | "warning" | "danger" | "informative";

const useStyles = makeStyles({
  base: {
    ...typographyStyles.caption1Strong,
    display: "inline-flex",
    alignItems: "center",
    boxSizing: "border-box",
    minHeight: "20px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid transparent`,
  },
  large: { ...typographyStyles.body1Strong, minHeight: "28px", padding: `0 ${tokens.spacingHorizontalM}` },
  filledBrand: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  filledSuccess: {
    backgroundColor: tokens.colorPaletteGreenBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  filledWarning: {
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1Static,
  },
  filledDanger: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  filledInformative: {
    backgroundColor: tokens.colorNeutralBackground5,
    color: tokens.colorNeutralForeground3,
  },
  tintBrand: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2 },
  tintSuccess: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
  },
  tintWarning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground2,
  },
  tintDanger: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
  },
  tintInformative: { backgroundColor: tokens.colorNeutralBackground4, color: tokens.colorNeutralForeground3 },
});

const CAPITAL: Record<BadgeColour, "Brand" | "Success" | "Warning" | "Danger" | "Informative"> = {
  brand: "Brand",
  success: "Success",
  warning: "Warning",
  danger: "Danger",
  informative: "Informative",
};

export interface PaneBadgeProps extends HTMLAttributes<HTMLSpanElement> {
  color?: BadgeColour;
  appearance?: "filled" | "tint";
  size?: "medium" | "large";
  "data-testid"?: string;
}

export function PaneBadge({
  color = "brand",
  appearance = "filled",
  size = "medium",
  className,
  ...rest
}: PaneBadgeProps) {
  const styles = useStyles();
  const colour = styles[`${appearance}${CAPITAL[color]}`];
  return (
    <span
      className={mergeClasses(styles.base, size === "large" && styles.large, colour, className)}
      {...rest}
    />
  );
}
