// The shape of a statistical-system edition as data (tables.md). An edition module fills these
// types; code never hard-codes a row, a threshold or a deadline that belongs here.

/** Units shown next to a value. '' for fields without one. */
export type Unit = '万元' | '万美元' | '人' | '件' | '%' | '';

/**
 * How a cell's text is read.
 * amount: decimal, ≤ 2 decimals, stored as integer 0.01 units; count: whole number;
 * percent: ≤ 1 decimal, stored as integer 0.1 % units; the others are text-like.
 */
export type ValueKind = 'amount' | 'count' | 'percent' | 'text' | 'code' | 'bool' | 'date' | 'month';

export type NumericKind = 'amount' | 'count' | 'percent';

export type TableId = 'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'M';
export type ReportKind = 'annual' | 'monthly';
export type ColumnId = 'value' | 'thisYear' | 'lastYear' | 'ytd' | 'ytdLastYear' | 'ytdPreviousMonth';

/** Code lists an identity field may be checked against (`../shared/data`). */
export type CodeListId = 'regions' | 'reviewUnits' | 'registrationTypes' | 'controlTypes' | 'industries';

/** How a computed cell gets its value. */
export type Formula =
  /** Sum of the same column of the listed codes of the same table. */
  | { kind: 'sum'; of: readonly string[] }
  /** B02: characters 9–17 of B01. */
  | { kind: 'orgCode' }
  /** B12: 企业规模 from Y17 and F10 (rules.md B-SIZE). */
  | { kind: 'size' };

export interface Indicator {
  /** Project code (not an official 行次 unless `reconstructed` is false). */
  readonly code: string;
  /** Chinese name without the "其中：" prefix. */
  readonly name: string;
  /** Name as printed on the form, e.g. "其中：流动资产合计" or "一、软件产品收入". */
  readonly label: string;
  /** English gloss for the English UI. */
  readonly nameEn: string;
  readonly unit: Unit;
  readonly kind: ValueKind;
  /** Code of the row this one is a part ("其中") of, in the same table. */
  readonly parent?: string;
  /** Indentation level in the table, 0 for top-level rows. */
  readonly level: number;
  /** Negative values allowed (profits, taxes that can be refunds). */
  readonly signed: boolean;
  /** Rule F-REQ: may not be blank in the main column. */
  readonly required: boolean;
  /** Computed cells are derived, never typed. */
  readonly formula?: Formula;
  /** The row only applies when this T1 bool field is 是 (B13 embedded, B14 AI). */
  readonly gate?: 'B13' | 'B14';
  /** Code list an identity field must come from. */
  readonly list?: CodeListId;
  /** Text fields: length limits. */
  readonly minLength?: number;
  readonly maxLength?: number;
  /** The matching row of another table (T3 ↔ M, T4 ↔ T3), for ties and help. */
  readonly monthlyCode?: string;
  /** 口径: 1–3 sentences of Chinese help shown in the UI. */
  readonly help: string;
  /** True when the row's code or content is reconstructed rather than confirmed official. */
  readonly reconstructed: boolean;
}

export interface TableDef {
  readonly id: TableId;
  /** 表号, e.g. "软统企2表"; the monthly table is "月报表". */
  readonly formNo: string;
  readonly title: string;
  readonly titleEn: string;
  readonly columns: readonly ColumnId[];
  readonly rows: readonly Indicator[];
  /** The whole table only applies when this T1 bool field is 是 (T5 ← B14). */
  readonly gate?: 'B14';
  readonly reconstructed: boolean;
  /** Where the table's content comes from, shown with the reconstructed mark. */
  readonly provenance: string;
}

export interface CodeItem {
  readonly code: string;
  readonly name: string;
}

export interface ReviewUnit {
  readonly id: string;
  readonly name: string;
  readonly kind: 'district' | 'zone';
  readonly regions: readonly string[];
}

export interface IndustryClass {
  readonly code: string;
  readonly name: string;
  readonly group: string;
  readonly division: string;
  readonly section: string;
}

export type Severity = 'error' | 'verify' | 'hint';

/** A rule's data: the check function is looked up by id; severity and params live here. */
export interface RuleDef {
  readonly id: string;
  readonly severity: Severity;
  /** One-line Chinese description for the rules page. */
  readonly title: string;
  /** Which return kinds it applies to. */
  readonly kinds: readonly ReportKind[];
  readonly params?: Readonly<Record<string, number>>;
  /**
   * What the rule checks, in Chinese, with the formula in indicator names and codes, e.g.
   * "资产总计（F01）= 负债合计（F03）+ 所有者权益合计（F04）". Every parameter value is written in it.
   */
  readonly check: string;
  /** A concrete Chinese example with numbers: a return where the rule fires, and what to do. */
  readonly example: string;
  /** True when the spec marks the rule as reconstructed rather than an official 审核关系. */
  readonly reconstructed?: boolean;
}

export interface Deadlines {
  /** Enterprise annual deadline, ISO with offset: "2021-03-20T18:00:00+08:00". */
  readonly annual: string;
  /** Review-unit (district) deadline. */
  readonly reviewUnit: string;
  /** City deadline. */
  readonly city: string;
  /** Monthly returns are due by this day of the following month, 23:59 Asia/Shanghai. */
  readonly monthlyDay: number;
}

export interface Edition {
  readonly id: string;
  /** 制度名称 */
  readonly name: string;
  readonly issuer: string;
  readonly approver: string;
  /** 批准文号 */
  readonly approvalNo: string;
  /** The annual period this edition governs ("2020"). */
  readonly annualPeriod: string;
  /** The year whose monthly returns it governs ("2021"). */
  readonly monthlyYear: string;
  readonly deadlines: Deadlines;
  /** Survey scope rule set (rules.md X-SCOPE). */
  readonly scopeRuleSet: '2020' | '2021';
  /** USD→RMB rate per year, for export checks. */
  readonly usdRate: Readonly<Record<string, number>>;
  /** Tolerance of equality rules, in 0.01 万元 (0 = exact). */
  readonly tolerance: number;
  readonly tables: Readonly<Record<ReportKind, readonly TableDef[]>>;
  readonly rules: readonly RuleDef[];
  readonly lists: {
    readonly regions: readonly CodeItem[];
    /** Former region codes still found in older credit codes. */
    readonly historicalRegions: readonly CodeItem[];
    readonly reviewUnits: readonly ReviewUnit[];
    readonly registrationTypes: readonly CodeItem[];
    readonly controlTypes: readonly CodeItem[];
    /** Loaded on demand by the UI; core validation uses the code set. */
    readonly industries: readonly IndustryClass[];
    readonly industryGroups: readonly CodeItem[];
  };
}
