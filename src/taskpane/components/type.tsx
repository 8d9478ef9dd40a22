import type { HTMLAttributes, ReactNode } from "react";
import { makeStyles, mergeClasses, typographyStyles } from "@fluentui/react-components";

/**
 * Fluent's type ramp on plain elements. The pane's first view uses these instead of Fluent's Text
 * components: the same look, a few kilobytes less for the pane to load inside Excel.
 */
const useType = makeStyles({
  title2: { ...typographyStyles.title2, margin: 0 },
  title3: { ...typographyStyles.title3, margin: 0 },
  subtitle2: { ...typographyStyles.subtitle2, margin: 0 },
  body1: { ...typographyStyles.body1, margin: 0 },
  caption1: { ...typographyStyles.caption1, margin: 0 },
});

type Tag = "span" | "p" | "h1" | "h2" | "h3" | "div";

interface TextProps extends HTMLAttributes<HTMLElement> {
  as?: Tag;
  children?: ReactNode;
  "data-testid"?: string;
}

function text(style: keyof ReturnType<typeof useType>, fallback: Tag) {
  return function Text({ as: As = fallback, className, ...rest }: TextProps) {
    const type = useType();
    return <As className={mergeClasses(type[style], className)} {...rest} />;
  };
}

export const Title2 = text("title2", "span");
export const Title3 = text("title3", "span");
export const Subtitle2 = text("subtitle2", "span");
export const Body1 = text("body1", "span");
export const Caption1 = text("caption1", "span");
