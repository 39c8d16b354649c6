import { allow, fields, isManagerOf } from '../../graphql/rules';

/**
 * A salon's managers read its log. Entries are reached only through that query. The platform administrator's
 * reading of every salon's log waits for the administrator role (ADR 0015).
 */
export const auditPermissions = {
  Query: { salonAuditLog: isManagerOf('salonAuditLog', (_: unknown, a: { salonId: string }) => a.salonId) },
  AuditEntryConnection: fields(['edges', 'pageInfo'], allow),
  AuditEntryEdge: fields(['cursor', 'node'], allow),
  AuditEntry: fields(['id', 'occurredAt', 'action', 'actor', 'actorRole', 'subject', 'salonId', 'targetType', 'targetId', 'details', 'ip', 'userAgent'], allow),
};
