interface TrieNode<T, K> {
  children: Map<K, TrieNode<T, K>>;
  value: T | undefined;
  /** Values held in this node and below it: a node that holds none is removed. */
  count: number;
}

const newNode = <T, K>(): TrieNode<T, K> => ({ children: new Map(), value: undefined, count: 0 });

/** Where `skill` would go in the sorted `skills`. */
function lowerBound<K extends SkillKey>(skills: readonly K[], skill: K): number {
  let low = 0;
  let high = skills.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((skills[mid] as K) < skill) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A skill as an index keys it: its name, or its id (see SkillIds) where lookups must be cheap. */
export type SkillKey = string | number;

/**
 * Values keyed by a set of skills (sorted, distinct), as a trie of those sorted lists. Finding every value whose
 * skills an agent all holds walks only the prefixes that exist, each step taking the fewer of the node's children
 * or the agent's remaining skills: no key is built and no value the agent cannot take is looked at.
 */
export class SkillSetIndex<T, K extends SkillKey = string> {
  private readonly root = newNode<T, K>();

  get size(): number {
    return this.root.count;
  }

  /** `skills` sorted and distinct; the set must not be in the index yet. */
  add(skills: readonly K[], value: T): void {
    let node = this.root;
    node.count += 1;
    for (const skill of skills) {
      let child = node.children.get(skill);
      if (!child) node.children.set(skill, (child = newNode()));
      child.count += 1;
      node = child;
    }
    node.value = value;
  }

  /** `skills` sorted and distinct, as added. */
  remove(skills: readonly K[]): void {
    const path: TrieNode<T, K>[] = [this.root];
    for (const skill of skills) {
      const child = path[path.length - 1]?.children.get(skill);
      if (!child) return;
      path.push(child);
    }
    const target = path[path.length - 1] as TrieNode<T, K>;
    if (target.value === undefined) return;
    target.value = undefined;
    for (const node of path) node.count -= 1;
    for (let depth = skills.length; depth > 0; depth -= 1) {
      if ((path[depth] as TrieNode<T, K>).count === 0) path[depth - 1]?.children.delete(skills[depth - 1] as K);
    }
  }

  /** Calls `visit` with every value whose skills are all among `agentSkills` (sorted, distinct). */
  forEachWithin(agentSkills: readonly K[], visit: (value: T) => void): void {
    this.walk(this.root, agentSkills, 0, visit);
  }

  private walk(node: TrieNode<T, K>, skills: readonly K[], start: number, visit: (value: T) => void): void {
    if (node.value !== undefined) visit(node.value);
    const { children } = node;
    if (children.size === 0) return;
    if (children.size < skills.length - start) {
      for (const [skill, child] of children) {
        const at = lowerBound(skills, skill);
        if (at >= start && skills[at] === skill) this.walk(child, skills, at + 1, visit);
      }
      return;
    }
    for (let i = start; i < skills.length; i += 1) {
      const child = children.get(skills[i] as K);
      if (child) this.walk(child, skills, i + 1, visit);
    }
  }
}
