/**
 * Skill names as small integers, shared by the indexes of one engine. A freed agent's search looks skills up dozens
 * of times; keyed by name, each lookup hashes and compares strings held all over a big tenant's heap, keyed by
 * number it reads an array slot or hashes a small integer. Ids are given in order of first sight and never reused:
 * the table holds the tenant's skill vocabulary (skills are checked against the tenant's configuration before they
 * reach the engine), not one entry per interaction.
 */
export class SkillIds {
  private readonly ids = new Map<string, number>();

  /** The name's id, given now if the name is new. */
  idOf(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(name, id);
    }
    return id;
  }

  /** The name's id, or undefined if no agent or waiting group ever named it. */
  known(name: string): number | undefined {
    return this.ids.get(name);
  }

  /** The names' ids, ascending: the order skill sets are keyed in. */
  sortedIds(names: Iterable<string>): number[] {
    return [...names].map((name) => this.idOf(name)).sort((a, b) => a - b);
  }
}
