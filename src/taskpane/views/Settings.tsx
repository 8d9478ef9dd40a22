import { useState, type FormEvent } from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { applyOverride, frameworkFor } from "../../domain/frameworks";
import type { Problem } from "../../domain/problem";
import { parseNumber } from "../../domain/thai/number";
import type { CellWrite } from "../../workbook/model";
import { writeTablesOp, type KeyedRow } from "../../workbook/ops/rows";
import { SETTING_ROWS, type Settings as WorkbookSettings } from "../../workbook/ops/settings";
import { rawRows } from "../../workbook/ops/tables";
import type { Language } from "../../workbook/schema";
import { msg } from "../errors";
import { addTexts, type MessageKey } from "../i18n";
import { useText } from "../locale";
import { useWorkbook } from "../workbook";
import { useTableStyles } from "./Plan";
import { SETTINGS_TEXTS } from "./settings-text";

addTexts(SETTINGS_TEXTS);

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  weights: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  narrow: { minWidth: 0, width: "100%" },
  fieldset: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
});

interface Form {
  organisation: string;
  fiscalYear: string;
  frameworkYear: string;
  passMark: string;
  IIT: string;
  EIT: string;
  OIT: string;
  language: Language;
  thaiDigits: boolean;
}

type FieldName = "fiscalYear" | "frameworkYear" | "passMark" | "weights";

const toForm = (s: WorkbookSettings): Form => ({
  organisation: s.organisation,
  fiscalYear: String(s.fiscalYear),
  frameworkYear: String(s.frameworkYear),
  passMark: String(s.passMark),
  IIT: String(s.weights.IIT),
  EIT: String(s.weights.EIT),
  OIT: String(s.weights.OIT),
  language: s.language,
  thaiDigits: s.thaiDigits,
});

const number = (text: string): number | undefined => {
  const parsed = parseNumber(text);
  return parsed.ok && parsed.value !== null ? parsed.value : undefined;
};

const isYear = (n: number | undefined): n is number =>
  n !== undefined && Number.isInteger(n) && n >= 2400 && n <= 2800;

/** The form checked the way the core checks the sheet: the same messages, so nothing differs later. */
function check(form: Form, say: (key: MessageKey) => string, locale: Language) {
  const errors: Partial<Record<FieldName, string>> = {};
  const problems: Problem[] = [];
  const fiscalYear = number(form.fiscalYear);
  const frameworkYear = number(form.frameworkYear);
  if (!isYear(fiscalYear)) errors.fiscalYear = say("settingsYearInvalid");
  if (!isYear(frameworkYear)) errors.frameworkYear = say("settingsYearInvalid");
  const lookup = isYear(frameworkYear) ? frameworkFor(frameworkYear) : undefined;
  if (lookup && !lookup.ok) {
    errors.frameworkYear = lookup.problems.map((p) => p[locale]).join(" ");
    problems.push(...lookup.problems);
  }
  const passMark = number(form.passMark);
  const weights = { IIT: number(form.IIT), EIT: number(form.EIT), OIT: number(form.OIT) };
  if (passMark === undefined) errors.passMark = say("settingsNumberInvalid");
  if (Object.values(weights).some((w) => w === undefined)) errors.weights = say("settingsNumberInvalid");
  if (lookup?.ok && passMark !== undefined && !errors.weights) {
    const applied = applyOverride(lookup.framework, {
      passMark,
      weights: weights as Record<"IIT" | "EIT" | "OIT", number>,
    });
    for (const p of applied.problems.filter((x) => x.severity === "error")) {
      const field: FieldName = p.code.startsWith("override.pass") ? "passMark" : "weights";
      errors[field] = [errors[field], p[locale]].filter(Boolean).join(" ");
      problems.push(p);
    }
  }
  const values: Record<string, CellWrite> = {
    organisation: form.organisation.trim(),
    fiscalYear: fiscalYear ?? null,
    frameworkYear: frameworkYear ?? null,
    passMark: passMark ?? null,
    weightIIT: weights.IIT ?? null,
    weightEIT: weights.EIT ?? null,
    weightOIT: weights.OIT ?? null,
    language: form.language,
    thaiDigits: form.thaiDigits,
  };
  return { errors, problems, values };
}

export default function Settings() {
  const { model } = useWorkbook();
  if (!model) return null;
  // A new reading of the sheet (after saving, or an edit in Excel) starts the form afresh.
  return <SettingsForm key={JSON.stringify(model.settings)} settings={model.settings} />;
}

function SettingsForm({ settings }: { settings: WorkbookSettings }) {
  const styles = useStyles();
  const s = useTableStyles();
  const { t, locale } = useText();
  const { model, run, now, fallbackYear, notify, lock, busy } = useWorkbook();
  const [form, setForm] = useState<Form>(() => toForm(settings));
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const { errors, problems, values } = check(form, t, locale);
  const locked = lock.locked.length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problems.length > 0 || Object.keys(errors).length > 0) {
      notify({
        intent: "error",
        title: msg("settingsRefusedTitle"),
        body: msg("settingsRefusedBody"),
        action: msg("settingsRefusedAction"),
        problems,
      });
      return;
    }
    const table = model?.tables.get("ITA_Settings");
    const present = new Set(table ? rawRows(table).map((r) => String(r.values.key ?? "").trim()) : []);
    const rows: KeyedRow[] = SETTING_ROWS.map((d) => ({
      key: d.key,
      value: values[d.key] ?? null,
      ...(present.has(d.key) ? {} : { label: d[form.language] }),
    }));
    void run({
      label: msg("settingsSaving"),
      done: msg("settingsSaved"),
      steps: [
        (snapshot) =>
          writeTablesOp(snapshot, [{ table: "ITA_Settings", rows, how: { mode: "merge", keys: ["key"] } }], {
            now: now(),
            fallbackYear,
            op: "settings",
          }),
      ],
    });
  };

  const state = (field: FieldName) => (errors[field] ? "error" : "none");
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Subtitle2 as="h2" className={s.heading}>
        {t("settingsHeading")}
      </Subtitle2>
      <Body1>{t("settingsIntro")}</Body1>
      <Field label={t("settingsOrganisation")}>
        <Input value={form.organisation} onChange={(_, d) => set("organisation", d.value)} />
      </Field>
      <Field
        label={t("settingsFiscalYear")}
        validationState={state("fiscalYear")}
        validationMessage={errors.fiscalYear}
      >
        <Input inputMode="numeric" value={form.fiscalYear} onChange={(_, d) => set("fiscalYear", d.value)} />
      </Field>
      <Field
        label={t("settingsFrameworkYear")}
        hint={t("settingsFrameworkYearHint")}
        validationState={state("frameworkYear")}
        validationMessage={errors.frameworkYear}
      >
        <Input
          inputMode="numeric"
          value={form.frameworkYear}
          onChange={(_, d) => set("frameworkYear", d.value)}
        />
      </Field>
      <Field
        label={t("settingsPassMark")}
        validationState={state("passMark")}
        validationMessage={errors.passMark}
      >
        <Input inputMode="decimal" value={form.passMark} onChange={(_, d) => set("passMark", d.value)} />
      </Field>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("settingsWeights")}</legend>
        <div className={styles.weights}>
          {(["IIT", "EIT", "OIT"] as const).map((tool) => (
            <Field key={tool} label={tool} validationState={state("weights")}>
              <Input
                className={styles.narrow}
                inputMode="decimal"
                value={form[tool]}
                onChange={(_, d) => set(tool, d.value)}
              />
            </Field>
          ))}
        </div>
        {errors.weights && (
          <Caption1 role="alert" className={styles.error}>
            {errors.weights}
          </Caption1>
        )}
      </fieldset>
      <Field label={t("settingsLanguage")} hint={t("settingsLanguageHint")}>
        <Select value={form.language} onChange={(_, d) => set("language", d.value === "en" ? "en" : "th")}>
          <option value="th">{t("languageThai")}</option>
          <option value="en">{t("languageEnglish")}</option>
        </Select>
      </Field>
      <Checkbox
        checked={form.thaiDigits}
        onChange={(_, d) => set("thaiDigits", d.checked === true)}
        label={t("settingsThaiDigits")}
      />
      {locked && <Body1>{t("lockedNote")}</Body1>}
      <div>
        <Button appearance="primary" type="submit" disabled={locked || busy !== undefined}>
          {t("settingsSave")}
        </Button>
      </div>
    </form>
  );
}
