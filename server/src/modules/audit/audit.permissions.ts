import { allow, fields, isManagerOf, isPlatformAdmin } from '../../graphql/rules';

/**
 * A salon's managers read its log; platform administrators read everything. Entries are reached only through
 * these queries.
 */
export const auditPermissions = {
  Query: { salonAuditLog: isManagerOf('salonAuditLog', (_: unknown, a: { salonId: string }) => a.salonId), platformAuditLog: isPlatformAdmin },
  AuditEntryConnection: fields(['edges', 'pageInfo'], allow),
  AuditEntryEdge: fields(['cursor', 'node'], allow),
  AuditEntry: fields(['id', 'occurredAt', 'action', 'actor', 'actorRole', 'subject', 'salonId', 'targetType', 'targetId', 'details', 'ip', 'userAgent'], allow),
};
