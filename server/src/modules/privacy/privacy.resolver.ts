import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { toPayload } from '../../graphql/errors';
import { User } from '../accounts/user.entity';
import { AuditAction, recordAudit } from '../audit/audit-log';
import { auditOrigin } from '../audit/audit-origin';
import { MarketingConsent, setMarketingConsent } from './consent';
import { deleteAccount } from './delete-account';
import { requestDeletionCode } from './deletion-code';
import { buildExport } from './export-data';
import {
  DataExport, DeleteMyAccountInput, DeleteMyAccountPayload, RequestAccountDeletionCodeInput, RequestAccountDeletionCodePayload,
  SetMarketingConsentInput, SetMarketingConsentPayload,
} from './privacy.types';

/** The person's own rights over their data (PDPL): see it, delete it, choose about marketing. */
@Resolver(() => User)
export class PrivacyResolver {
  @Query(() => DataExport, { description: 'Everything the platform holds about you, as one JSON document. Each export is recorded in the audit log.' })
  async myDataExport(@Ctx() ctx: AppContext): Promise<DataExport> {
    const userId = ctx.viewer!.userId;
    const at = ctx.app.now();
    await recordAudit(ctx.em, at, auditOrigin(ctx), [{ action: AuditAction.EXPORT, subjectUserId: userId, targetType: 'USER', targetId: userId }]);
    const data = await buildExport(ctx.em, userId, at);
    return { generatedAt: at, fileName: `my-data-${at.toISOString().slice(0, 10)}.json`, json: JSON.stringify(data, null, 2) };
  }

  @Mutation(() => RequestAccountDeletionCodePayload, { description: "Send a one-time code to your own phone to confirm deleting your account." })
  requestAccountDeletionCode(@Ctx() ctx: AppContext, @Arg('input', () => RequestAccountDeletionCodeInput, { description: 'How to send it.' }) input: RequestAccountDeletionCodeInput): Promise<RequestAccountDeletionCodePayload> {
    return toPayload(ctx.locale, () => requestDeletionCode(ctx.app, ctx.em, ctx.viewer!.userId, input.channel));
  }

  @Mutation(() => DeleteMyAccountPayload, { description: 'Delete your account with the code: future bookings are cancelled (salons told, payments refunded), you are signed out everywhere, and your personal data is erased; payment records are kept in reduced form as the law requires.' })
  deleteMyAccount(@Ctx() ctx: AppContext, @Arg('input', () => DeleteMyAccountInput, { description: 'The request and the code.' }) input: DeleteMyAccountInput): Promise<DeleteMyAccountPayload> {
    return toPayload(ctx.locale, async () => ({ deleted: true, ...(await deleteAccount(ctx.app, ctx.em, ctx.viewer!.userId, input.requestId, input.code.trim(), auditOrigin(ctx))) }));
  }

  @Mutation(() => SetMarketingConsentPayload, { description: 'Agree to or withdraw from marketing messages, in one call.' })
  setMarketingConsent(@Ctx() ctx: AppContext, @Arg('input', () => SetMarketingConsentInput, { description: 'The choice.' }) input: SetMarketingConsentInput): Promise<SetMarketingConsentPayload> {
    return toPayload(ctx.locale, async () => ({ consent: await setMarketingConsent(ctx.em, ctx.viewer!.userId, input.granted, input.source, ctx.app.now()) }));
  }

  @FieldResolver(() => MarketingConsent, { description: 'Your marketing consent (yours only).' })
  marketingConsent(@Root() user: User, @Ctx() ctx: AppContext): Promise<MarketingConsent> {
    return ctx.loaders.privacy.consent.load(user.id);
  }
}
