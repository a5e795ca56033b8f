import type { PermissionRule } from '../validation/permissions';

/** An update or message the sender's role does not allow. The message names the rule, for the client and the log. */
export class PermissionError extends Error {
  override readonly name = 'PermissionError';

  constructor(
    message: string,
    readonly rule: PermissionRule,
  ) {
    super(message);
  }
}
