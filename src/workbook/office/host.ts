import type { ExcelContext } from "./api";

/**
 * What the adapter needs from the Office host, passed in so that tests can give a fake: `run` is
 * `Excel.run`, `runIn` is `Excel.run(context, batch)` (removing an event handler must run in the
 * context that added it), `isSetSupported` is Office's requirement-set check.
 */
export interface OfficeHost {
  run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T>;
  runIn<T>(context: unknown, batch: (context: ExcelContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** The real host, inside Excel (after Office.onReady). */
export function excelHost(): OfficeHost {
  return {
    run: (batch) => Excel.run((context) => batch(context)),
    // The context came from an event handler result Excel created.
    runIn: (context, batch) => Excel.run(context as OfficeExtension.ClientRequestContext, (c) => batch(c)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
