/**
 * The figures of one run: each is printed as a line when measured, and all of them together as the last line of
 * the run, one JSON object for dashboards and CI.
 */
export class Figures {
  private readonly values: Record<string, number | string | boolean> = {};

  /** Records `value` under `name` (rounded to `digits` decimals). */
  set(name: string, value: number, digits = 0): void {
    this.values[name] = Number.isFinite(value) ? Number(value.toFixed(digits)) : Number.NaN;
  }

  note(name: string, value: string | boolean): void {
    this.values[name] = value;
  }

  json(): string {
    return JSON.stringify(this.values);
  }
}
