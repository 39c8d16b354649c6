import { allow, fields, isAuthenticated, isOwnerOf } from '../../graphql/rules';
import type { User } from '../accounts/user.entity';

/** Each of these acts on the signed-in person's own data only; nobody can export or delete someone else. */
export const privacyPermissions = {
  Query: { myDataExport: isAuthenticated },
  Mutation: { requestAccountDeletionCode: isAuthenticated, deleteMyAccount: isAuthenticated, setMarketingConsent: isAuthenticated },
  User: { marketingConsent: isOwnerOf('consent', (user: User) => user.id) },
  DataExport: fields(['generatedAt', 'fileName', 'json'], allow),
  MarketingConsent: fields(['granted', 'source', 'recordedAt'], allow),
  RequestAccountDeletionCodePayload: fields(['requestId', 'expiresAt', 'retryAfterSeconds', 'errors'], allow),
  DeleteMyAccountPayload: fields(['deleted', 'cancelledBookings', 'errors'], allow),
  SetMarketingConsentPayload: fields(['consent', 'errors'], allow),
};
