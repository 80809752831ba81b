export type Severity = 'error' | 'warning' | 'info';

export const severityRank: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

export interface Fix {
  /** The whole new value of target form `form`. */
  replacement: string;
  /** Safe fixes cannot change meaning (whitespace, punctuation style) and run with `--fix`. */
  safe: boolean;
  /** Plural form index the replacement is for (0 for non-plural units). */
  form?: number;
}

export interface Meaning {
  /** What the target actually says, in the source language. */
  targetMeans: string;
  /** What the source asked for. */
  expected: string;
  /** A corrected target, when one can be proposed. */
  suggestion?: string;
}

/** The public JSON contract: reporters render exactly this. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  unit: {
    key: string;
    context?: string;
    source: string;
    target: string;
    locale: string;
  };
  fix?: Fix;
  meaning?: Meaning;
}
