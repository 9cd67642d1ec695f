import type { z } from 'zod';
import type { conditionTestSchema } from '@switchboard/config';
import type { InteractionSnapshot } from '@switchboard/contracts';

type ConditionTest = z.infer<typeof conditionTestSchema>;

/** Linked data a condition may test, by its VCC name; anything else is an interaction property. */
function fieldValue(field: string, interaction: InteractionSnapshot): string | undefined {
  switch (field.toLowerCase()) {
    case 'clid':
      return interaction.clid;
    case 'name':
      return interaction.name;
    case 'mediatype':
      return interaction.mediaType;
    case 'url':
      return interaction.url?.value;
    case 'interactiontype':
      return interaction.interactionType;
    default:
      return interaction.properties[field];
  }
}

/** Every test given must hold (they combine with "and"). */
export function conditionHolds(test: ConditionTest, interaction: InteractionSnapshot): boolean {
  const value = fieldValue(test.field, interaction);
  if (test.exists !== undefined && (value !== undefined) !== test.exists) return false;
  if (test.equals !== undefined && value !== test.equals) return false;
  if (test.notEquals !== undefined && value === test.notEquals) return false;
  if (test.contains !== undefined && !(value ?? '').includes(test.contains)) return false;
  if (test.matches !== undefined && !new RegExp(test.matches).test(value ?? '')) return false;
  return true;
}
