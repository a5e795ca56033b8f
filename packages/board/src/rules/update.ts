import type { RuleContext } from './actions';
import { authorizeAll } from './authorize';
import type { DocChange } from './changes';
import { BOARD_SCHEMA, PRIVATE_SCHEMA } from './document';
import { interpretChanges } from './interpret';
import { ALLOWED, refuse, type Verdict } from './refusals';

/**
 * The relay's question: may this sender make every change of this update? Values are checked against the schema of
 * the document the update applies to, then what the changes mean is authorized as one set (see `authorizeAll`).
 */
export function authorizeUpdate(context: RuleContext, changes: readonly DocChange[]): Verdict {
  if (changes.length === 0) return ALLOWED;
  if (context.actor.role === 'projector' || context.actor.identity === null) return refuse('read-only');
  const interpreted = interpretChanges(
    changes,
    context.where,
    context.where === 'board' ? BOARD_SCHEMA : PRIVATE_SCHEMA,
  );
  if ('refusal' in interpreted) return refuse(interpreted.refusal);
  return authorizeAll(context, interpreted.actions);
}
