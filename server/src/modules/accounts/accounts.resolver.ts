import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { clientIp } from '../../graphql/client-ip';
import { toPayload } from '../../graphql/errors';
import {
  RefreshSessionInput, RefreshSessionPayload, RequestPhoneCodeInput, RequestPhoneCodePayload, SignOutInput, SignOutPayload,
  UpdateProfileInput, UpdateProfilePayload, VerifyPhoneCodeInput, VerifyPhoneCodePayload,
} from './accounts.types';
import { buildDeviceSignal } from './otp-code';
import { requestPhoneCode } from './request-phone-code';
import { refreshSession, signOut, type IssuedTokens } from './sessions';
import { updateProfile } from './update-profile';
import { User } from './user.entity';
import { verifyPhoneCode } from './verify-phone-code';
import './accounts.messages';

/** The rest of this request sees the person who just signed in, so their payload shows their own details. */
function actAs(ctx: AppContext, tokens: IssuedTokens): IssuedTokens {
  ctx.viewer = { userId: tokens.user.id, role: tokens.user.role, sessionId: tokens.sessionId };
  return tokens;
}

@Resolver()
export class AccountsResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in person, or null when signed out.' })
  async me(@Ctx() ctx: AppContext): Promise<User | null> {
    return ctx.viewer ? ctx.em.findOne(User, { id: ctx.viewer.userId }) : null;
  }

  @Mutation(() => RequestPhoneCodePayload, { description: 'Send a one-time sign-in code by SMS or WhatsApp.' })
  requestPhoneCode(@Ctx() ctx: AppContext, @Arg('input', () => RequestPhoneCodeInput, { description: 'Who to send it to.' }) input: RequestPhoneCodeInput): Promise<RequestPhoneCodePayload> {
    const deviceSignal = buildDeviceSignal(input.deviceId, ctx.req.headers['user-agent'], ctx.req.headers['accept-language']);
    return toPayload(ctx.locale, () => requestPhoneCode(ctx.app, ctx.em, { ...input, deviceSignal, requestIp: clientIp(ctx.req) }));
  }

  @Mutation(() => VerifyPhoneCodePayload, { description: 'Sign in with the code; returns tokens.' })
  verifyPhoneCode(@Ctx() ctx: AppContext, @Arg('input', () => VerifyPhoneCodeInput, { description: 'The request and the code.' }) input: VerifyPhoneCodeInput): Promise<VerifyPhoneCodePayload> {
    return toPayload(ctx.locale, async () => actAs(ctx, await verifyPhoneCode(ctx.app, ctx.em, input.requestId, input.code.trim(), ctx.req.headers['user-agent'])));
  }

  @Mutation(() => RefreshSessionPayload, { description: 'Swap a refresh token for a new access token and refresh token.' })
  refreshSession(@Ctx() ctx: AppContext, @Arg('input', () => RefreshSessionInput, { description: 'The refresh token.' }) input: RefreshSessionInput): Promise<RefreshSessionPayload> {
    return toPayload(ctx.locale, async () => actAs(ctx, await refreshSession(ctx.app, ctx.em, input.refreshToken)));
  }

  @Mutation(() => SignOutPayload, { description: 'End the current session, or all sessions of the signed-in person.' })
  async signOut(@Ctx() ctx: AppContext, @Arg('input', () => SignOutInput, { description: 'Which sessions to end.' }) input: SignOutInput): Promise<SignOutPayload> {
    const viewer = ctx.viewer!;
    await signOut(ctx.app, ctx.em, viewer.userId, viewer.sessionId, input.everywhere);
    return { signedOut: true, errors: [] };
  }

  @Mutation(() => UpdateProfilePayload, { description: 'Change your names, email or language.' })
  updateProfile(@Ctx() ctx: AppContext, @Arg('input', () => UpdateProfileInput, { description: 'What to change.' }) input: UpdateProfileInput): Promise<UpdateProfilePayload> {
    return toPayload(ctx.locale, async () => ({ user: await updateProfile(ctx.em, ctx.viewer!.userId, input) }));
  }
}
