import type { ButtonHTMLAttributes } from "react";
import { makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";

/**
 * A native button in Fluent's button styles, for the pane's first view only: Fluent's Button
 * costs about 5 KB gzipped, and the first view must stay within the pane's budget inside Excel.
 * Views that load later use Fluent's Button itself.
 */
/** Griffel takes the four sides, not the `border-color` shorthand. */
const edges = (colour: string) => ({
  borderTopColor: colour,
  borderRightColor: colour,
  borderBottomColor: colour,
  borderLeftColor: colour,
});

const useStyles = makeStyles({
  base: {
    ...typographyStyles.body1Strong,
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    minHeight: "32px",
    padding: `5px ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    fontFamily: "inherit",
    ":hover": {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...edges(tokens.colorNeutralStroke1Hover),
    },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
    ":disabled": {
      cursor: "not-allowed",
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      ...edges(tokens.colorNeutralStrokeDisabled),
      color: tokens.colorNeutralForegroundDisabled,
    },
  },
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    ...edges("transparent"),
    color: tokens.colorNeutralForegroundOnBrand,
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover, ...edges("transparent") },
    ":active": { backgroundColor: tokens.colorBrandBackgroundPressed },
  },
  subtle: {
    backgroundColor: tokens.colorSubtleBackground,
    ...edges("transparent"),
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, ...edges("transparent") },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  small: {
    ...typographyStyles.caption1Strong,
    minHeight: "24px",
    padding: `3px ${tokens.spacingHorizontalS}`,
  },
});

export interface PaneButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: "primary" | "secondary" | "subtle";
  size?: "small" | "medium";
}

export function PaneButton({
  appearance = "secondary",
  size = "medium",
  className,
  type = "button",
  ...rest
}: PaneButtonProps) {
  const styles = useStyles();
  return (
    <button
      type={type}
      className={mergeClasses(
        styles.base,
        appearance === "primary" && styles.primary,
        appearance === "subtle" && styles.subtle,
        size === "small" && styles.small,
        className,
      )}
      {...rest}
    />
  );
}
