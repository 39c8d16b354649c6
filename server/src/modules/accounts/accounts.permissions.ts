import { allow, fields, isAuthenticated, isOwnerOf, perObject } from '../../graphql/rules';
import type { User } from './user.entity';

/**
 * Contact details are the person's own; names are shown to salons and on reviews. The display name's stand-in
 * shows only the last four digits of the number, like a card's last four.
 */
const isSelf = perObject(isOwnerOf('self', (user: User) => user.id));

export const accountsPermissions = {
  Query: { me: allow },
  Mutation: { requestPhoneCode: allow, verifyPhoneCode: allow, refreshSession: allow, signOut: isAuthenticated, updateProfile: isAuthenticated },
  User: {
    ...fields(['id', 'createdAt', 'firstName', 'lastName', 'displayName'], allow),
    ...fields(['phoneNumber', 'email', 'role', 'preferredLanguage', 'preferredChannel', 'isPhoneVerified', 'needsName'], isSelf),
  },
  RequestPhoneCodePayload: fields(['requestId', 'expiresAt', 'retryAfterSeconds', 'errors'], allow),
  VerifyPhoneCodePayload: fields(['accessToken', 'accessTokenExpiresAt', 'refreshToken', 'user', 'errors'], allow),
  RefreshSessionPayload: fields(['accessToken', 'accessTokenExpiresAt', 'refreshToken', 'user', 'errors'], allow),
  SignOutPayload: fields(['signedOut', 'errors'], allow),
  UpdateProfilePayload: fields(['user', 'errors'], allow),
};
