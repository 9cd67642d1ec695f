/** The last lines a process wrote, up to a size: what the launcher repeats when that process stops the platform. */
export class OutputTail {
  private text = '';

  constructor(private readonly limit = 4_096) {}

  append(chunk: string): void {
    const text = this.text + chunk;
    if (text.length <= this.limit) {
      this.text = text;
      return;
    }
    // whole lines only: a line cut at its start would read as another message
    const kept = text.slice(-this.limit);
    const firstBreak = kept.indexOf('\n');
    this.text = firstBreak === -1 ? kept : kept.slice(firstBreak + 1);
  }

  toString(): string {
    return this.text.trimEnd();
  }
}
