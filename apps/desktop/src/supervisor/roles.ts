/** GWS's role for a supervisor, in GET /api/v2/me's `user.roles`. */
const SUPERVISOR_ROLE = 'ROLE_SUPERVISOR';

/** Whether the signed-in user gets the supervisor view: GET /api/v2/me names the role ROLE_SUPERVISOR. */
export function isSupervisor(user: unknown): boolean {
  if (typeof user !== 'object' || user === null) return false;
  const roles = (user as { roles?: unknown }).roles;
  return Array.isArray(roles) && roles.includes(SUPERVISOR_ROLE);
}
