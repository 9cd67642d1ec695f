import type { Workitem } from '../gws-types.js';

/** A change to a workbin, as `/v2/me/workbins` tells it (WorkbinStateChangeMessage). */
export interface WorkbinChange {
  action: 'ItemAdded' | 'ItemRemoved';
  workbinId: string;
  interaction: Workitem;
}

/**
 * What each of the agent's workbins holds, oldest parked first: read once by GET, then kept up to date by the
 * workbin notifications. A notification may arrive while the GET is under way, and the GET's answer may be from
 * before or after it: the changes seen since the read began are applied again on its answer (adding or removing
 * an item twice changes nothing), so the later of the two always wins.
 */
export class WorkbinContents {
  private readonly items = new Map<string, Map<string, Workitem>>();
  /** Per workbin being read: the changes seen since its read began. */
  private readonly reading = new Map<string, WorkbinChange[]>();

  beginRead(workbinId: string): void {
    this.reading.set(workbinId, []);
  }

  /** The GET's answer, with whatever changed meanwhile applied on top. */
  read(workbinId: string, workitems: readonly Workitem[]): void {
    this.items.set(workbinId, new Map(workitems.map((item) => [item.id, item])));
    const meanwhile = this.reading.get(workbinId) ?? [];
    this.reading.delete(workbinId);
    for (const change of meanwhile) this.apply(change);
  }

  apply(change: WorkbinChange): void {
    this.reading.get(change.workbinId)?.push(change);
    let content = this.items.get(change.workbinId);
    if (content === undefined) {
      if (change.action === 'ItemRemoved') return;
      content = new Map();
      this.items.set(change.workbinId, content);
    }
    if (change.action === 'ItemAdded') {
      // added again (it was pulled and parked anew): it goes to the end, as the most recently parked
      content.delete(change.interaction.id);
      content.set(change.interaction.id, change.interaction);
    } else {
      content.delete(change.interaction.id);
    }
  }

  of(workbinId: string): Workitem[] {
    return [...(this.items.get(workbinId)?.values() ?? [])];
  }
}
