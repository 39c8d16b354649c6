/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Refresh($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken errors { code } } }\n": typeof types.RefreshDocument,
    "\n  query SalonAuditLog($salonId: ID!, $after: String) {\n    salonAuditLog(salonId: $salonId, first: 50, after: $after) {\n      edges { node { id occurredAt action actorRole actor { id displayName } subject { id displayName } targetType ip userAgent } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SalonAuditLogDocument,
    "mutation ConfirmFromCalendar($input: ConfirmBookingInput!) { confirmBooking(input: $input) { booking { id status version } errors { message } } }": typeof types.ConfirmFromCalendarDocument,
    "mutation CompleteFromCalendar($input: CompleteBookingInput!) { completeBooking(input: $input) { booking { id status version } errors { message } } }": typeof types.CompleteFromCalendarDocument,
    "mutation CheckInFromCalendar($input: CheckInBookingInput!) { checkInBooking(input: $input) { booking { id status version checkedInAt } errors { message } } }": typeof types.CheckInFromCalendarDocument,
    "mutation NoShowFromCalendar($input: MarkNoShowInput!) { markNoShow(input: $input) { booking { id status version } errors { message } } }": typeof types.NoShowFromCalendarDocument,
    "mutation MoveFromCalendar($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id status version staff { id } } errors { message field } } }": typeof types.MoveFromCalendarDocument,
    "mutation RefundFeeFromCalendar($input: RefundBookingFeeInput!) { refundBookingFee(input: $input) { fee { id status } errors { message } } }": typeof types.RefundFeeFromCalendarDocument,
    "mutation CancelFromCalendar($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status version } errors { message field } } }": typeof types.CancelFromCalendarDocument,
    "\n  query AvailableDays($input: AvailableDaysInput!) { availableDays(input: $input) }\n": typeof types.AvailableDaysDocument,
    "\n  query AvailableSlots($input: AvailableSlotsInput!) { availableSlots(input: $input) { startsAt endsAt staff { id displayName } } }\n": typeof types.AvailableSlotsDocument,
    "\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) { booking { id status startsAt priceHalalas holdExpiresAt nextPayment { purpose amountHalalas savesCard } } errors { code message field } }\n  }\n": typeof types.CreateBookingDocument,
    "\n  query BookingMessages($id: ID!) {\n    booking(id: $id) { id notifications { id event recipient channel status deliveryStatus deliveryStatusAt isFallback dueAt sentAt } }\n  }\n": typeof types.BookingMessagesDocument,
    "\n  query ManageCatalog($id: ID!) {\n    salon(id: $id) { id timeZone services { id name category durationMinutes priceHalalas } staff { id displayName } closures { id startDate endDate reason } }\n  }\n": typeof types.ManageCatalogDocument,
    "mutation CreateService($input: CreateServiceInput!) { createService(input: $input) { service { id } errors { message } } }": typeof types.CreateServiceDocument,
    "mutation UpdateService($input: UpdateServiceInput!) { updateService(input: $input) { service { id priceHalalas durationMinutes } errors { message } } }": typeof types.UpdateServiceDocument,
    "mutation ArchiveService($input: ArchiveServiceInput!) { archiveService(input: $input) { service { id } errors { message } } }": typeof types.ArchiveServiceDocument,
    "mutation AddStaff($input: AddStaffMemberInput!) { addStaffMember(input: $input) { staffMember { id } errors { message } } }": typeof types.AddStaffDocument,
    "mutation AddClosure($input: AddSalonClosureInput!) { addSalonClosure(input: $input) { closure { id } errors { message } } }": typeof types.AddClosureDocument,
    "mutation RemoveClosure($input: RemoveSalonClosureInput!) { removeSalonClosure(input: $input) { removedClosureId errors { message } } }": typeof types.RemoveClosureDocument,
    "\n  mutation RecordCounterPayment($input: RecordCounterPaymentInput!) {\n    recordCounterPayment(input: $input) { invoice { id reference totalHalalas } errors { message field } }\n  }\n": typeof types.RecordCounterPaymentDocument,
    "\n  query BookingCounterPayments($id: ID!) {\n    booking(id: $id) { id counterPayments { id createdAt totalHalalas refundedHalalas parts { method amountHalalas } invoice { id reference } } }\n  }\n": typeof types.BookingCounterPaymentsDocument,
    "\n  mutation RefundCounterPayment($input: RefundCounterPaymentInput!) {\n    refundCounterPayment(input: $input) { counterPayment { id refundedHalalas } creditNote { id reference totalHalalas } errors { code message field } }\n  }\n": typeof types.RefundCounterPaymentDocument,
    "\n  mutation CreateFrontDeskBooking($input: CreateFrontDeskBookingInput!) {\n    createFrontDeskBooking(input: $input) { booking { id status startsAt channel } errors { code message field } }\n  }\n": typeof types.CreateFrontDeskBookingDocument,
    "\n  mutation CreateWalkInBooking($input: CreateWalkInBookingInput!) {\n    createWalkInBooking(input: $input) { booking { id status startsAt channel } errors { code message field } }\n  }\n": typeof types.CreateWalkInBookingDocument,
    "\n  query FrontDeskVisitStarts($input: FrontDeskVisitStartsInput!) {\n    frontDeskVisitStarts(input: $input) { startsAt endsAt parts { startsAt endsAt staff { id displayName } } }\n  }\n": typeof types.FrontDeskVisitStartsDocument,
    "\n  mutation CreateFrontDeskVisit($input: CreateFrontDeskVisitInput!) {\n    createFrontDeskVisit(input: $input) { visit { id totalHalalas startsAt parts { id startsAt } } errors { code message field } }\n  }\n": typeof types.CreateFrontDeskVisitDocument,
    "\n  query MyInvitations { myInvitations { id role displayName salon { id name } } }\n": typeof types.MyInvitationsDocument,
    "\n  mutation AcceptInvitation($input: SalonInvitationInput!) { acceptSalonInvitation(input: $input) { invitation { id status } errors { message } } }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($input: SalonInvitationInput!) { declineSalonInvitation(input: $input) { invitation { id status } errors { message } } }\n": typeof types.DeclineInvitationDocument,
    "\n  query SalonInvoices($salonId: ID!, $date: Date!, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    salon(id: $salonId) { id taxDetails { vatNumber legalNameAr legalNameEn } }\n    salonTakings(salonId: $salonId, date: $date) {\n      date onlineHalalas counterHalalas refundsHalalas netHalalas vatHalalas invoiceCount creditNoteCount byMeans { method takenHalalas refundedHalalas }\n    }\n    salonInvoices(salonId: $salonId, from: $from, to: $to, first: $first, after: $after) {\n      edges { node { id kind reference issuedAt totalHalalas vatHalalas vatNumber originalInvoice { reference } paymentMeans { method amountHalalas } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SalonInvoicesDocument,
    "\n  mutation UpdateSalonTaxDetails($input: UpdateSalonTaxDetailsInput!) {\n    updateSalonTaxDetails(input: $input) { taxDetails { vatNumber legalNameAr legalNameEn } errors { message field } }\n  }\n": typeof types.UpdateSalonTaxDetailsDocument,
    "\n  query MyMessageChannel { me { id preferredChannel } }\n": typeof types.MyMessageChannelDocument,
    "\n  mutation SetMyMessageChannel($channel: MessageChannel!) {\n    updateProfile(input: { preferredChannel: $channel }) { user { id preferredChannel } errors { message } }\n  }\n": typeof types.SetMyMessageChannelDocument,
    "\n  query MyMarketingConsent { me { id marketingConsent { granted source recordedAt } } }\n": typeof types.MyMarketingConsentDocument,
    "\n  mutation SetMyMarketingConsent($granted: Boolean!) {\n    setMarketingConsent(input: { granted: $granted }) { consent { granted source recordedAt } errors { message } }\n  }\n": typeof types.SetMyMarketingConsentDocument,
    "\n  query MyDataExport { myDataExport { generatedAt fileName json } }\n": typeof types.MyDataExportDocument,
    "\n  mutation RequestMyDeletionCode { requestAccountDeletionCode(input: {}) { requestId errors { code message } } }\n": typeof types.RequestMyDeletionCodeDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted cancelledBookings errors { code message field } } }\n": typeof types.DeleteMyAccountDocument,
    "\n  mutation GiveName($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id firstName displayName needsName } errors { code message field } }\n  }\n": typeof types.GiveNameDocument,
    "\n  query PaymentSettings { paymentSettings { publishableKey tokenUrl applePayStandIn applePayDisplayName } }\n": typeof types.PaymentSettingsDocument,
    "\n  mutation ValidateApplePayMerchant($input: ValidateApplePayMerchantInput!) {\n    validateApplePayMerchant(input: $input) { merchantSession errors { code message } }\n  }\n": typeof types.ValidateApplePayMerchantDocument,
    "\n  mutation StartPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) { payment { id status transactionUrl } errors { code message } }\n  }\n": typeof types.StartPaymentDocument,
    "\n  query SalonPaymentPolicy($id: ID!) {\n    salon(id: $id) {\n      id\n      paymentPolicy { prepayment deposit { percent halalas } noShowFee { percent halalas } noShowGraceMinutes lateCancelFee { percent halalas } lateCancelWindowHours }\n      services {\n        id name priceHalalas\n        paymentPolicyOverride { prepayment deposit { percent halalas } noShowFee { percent halalas } noShowGraceMinutes lateCancelFee { percent halalas } lateCancelWindowHours }\n        paymentTerms { prepayment onlineDueHalalas guarantee }\n      }\n    }\n  }\n": typeof types.SalonPaymentPolicyDocument,
    "\n  mutation RemoveServicePaymentPolicy($input: RemoveServicePaymentPolicyInput!) {\n    removeServicePaymentPolicy(input: $input) { service { id } errors { message } }\n  }\n": typeof types.RemoveServicePaymentPolicyDocument,
    "\n  mutation SetPaymentPolicy($input: SetPaymentPolicyInput!) {\n    setPaymentPolicy(input: $input) { policy { prepayment } errors { code message field } }\n  }\n": typeof types.SetPaymentPolicyDocument,
    "\n  mutation SetStylistPhotoConsent($input: SetStylistPhotoConsentInput!) { setStylistPhotoConsent(input: $input) { consent { granted recordedAt } errors { message } } }\n": typeof types.SetStylistPhotoConsentDocument,
    "\n  query ManagerPhotos($id: ID!) {\n    salon(id: $id) {\n      id photos { id url srcset position }\n      services { id name photos { id url srcset position } }\n      staff { id displayName photoConsent photos { id url srcset position } }\n    }\n  }\n": typeof types.ManagerPhotosDocument,
    "\n  mutation ReorderPhotos($input: ReorderPhotosInput!) { reorderPhotos(input: $input) { photos { id position } errors { message } } }\n": typeof types.ReorderPhotosDocument,
    "\n  mutation DeletePhoto($input: DeletePhotoInput!) { deletePhoto(input: $input) { deletedPhotoId errors { message } } }\n": typeof types.DeletePhotoDocument,
    "\n  query ReportedReviews { reportedReviews(first: 50) { edges { node { id rating comment reportedAt reportReason salon { id name } customer { displayName } } } } }\n": typeof types.ReportedReviewsDocument,
    "\n  mutation HideReview($input: HideReviewInput!) { hideReview(input: $input) { review { id hiddenAt } errors { message field } } }\n": typeof types.HideReviewDocument,
    "\n  mutation DismissReviewReport($input: DismissReviewReportInput!) { dismissReviewReport(input: $input) { review { id reportDismissedAt } errors { message } } }\n": typeof types.DismissReviewReportDocument,
    "\n  mutation RescheduleMyBooking($input: RescheduleBookingInput!) {\n    rescheduleBooking(input: $input) { booking { id startsAt status } errors { code message } }\n  }\n": typeof types.RescheduleMyBookingDocument,
    "\n  query SalonCalendar($salonId: ID!, $date: Date!, $days: Int, $staffId: ID) {\n    salonCalendar(salonId: $salonId, date: $date, days: $days, staffId: $staffId) {\n      timeZone slotIntervalMinutes now\n      days { date startsAt endsAt closed closureReason scheduleName }\n      columns {\n        staff { id displayName services { id name durationMinutes priceHalalas } }\n        workingHours { startsAt endsAt }\n        timeOff { startsAt endsAt reason }\n        bookings { id status version checkedInAt startsAt endsAt blockedUntil customer { displayName } customerPhoneNumber service { id name } staff { id displayName } payment { status } fee { kind amountHalalas status chargedToSavedCard }\n          visitPosition visit { id startsAt parts { id service { id } staff { id } } } }\n      }\n    }\n  }\n": typeof types.SalonCalendarDocument,
    "\n  query ManagerReviews($id: ID!) {\n    salon(id: $id) { id reviews(first: 20) { edges { node { id rating comment createdAt reportedAt customer { displayName } reply { text editedAt } } } } }\n  }\n": typeof types.ManagerReviewsDocument,
    "\n  mutation ReplyToReview($input: ReplyToReviewInput!) { replyToReview(input: $input) { review { id reply { text createdAt editedAt } } errors { message field } } }\n": typeof types.ReplyToReviewDocument,
    "\n  mutation ReportReview($input: ReportReviewInput!) { reportReview(input: $input) { review { id reportedAt reportReason } errors { message field } } }\n": typeof types.ReportReviewDocument,
    "\n  query SalonCities {\n    salonCities { city districts { name latitude longitude } }\n  }\n": typeof types.SalonCitiesDocument,
    "\n  mutation ConfirmStcPayment($input: ConfirmStcPaymentInput!) {\n    confirmStcPayment(input: $input) { payment { id status } errors { code message } }\n  }\n": typeof types.ConfirmStcPaymentDocument,
    "\n  query SalonTeam($salonId: ID!) {\n    salonTeam(salonId: $salonId) {\n      members { role phoneNumber user { id displayName } }\n      stylists { id displayName isActive }\n      invitations { id phoneNumber role displayName }\n      bookingsToHandle { id version startsAt service { name } customer { displayName } staff { displayName } }\n    }\n  }\n": typeof types.SalonTeamDocument,
    "\n  mutation InviteToSalon($input: InviteToSalonInput!) { inviteToSalon(input: $input) { invitation { id } errors { message field } } }\n": typeof types.InviteToSalonDocument,
    "\n  mutation RevokeInvitation($input: SalonInvitationInput!) { revokeSalonInvitation(input: $input) { invitation { id status } errors { message } } }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation DeactivateStylist($input: DeactivateStaffMemberInput!) { deactivateStaffMember(input: $input) { staffMember { id isActive } bookingsToHandle { id } errors { message } } }\n": typeof types.DeactivateStylistDocument,
    "\n  mutation MoveLeftBooking($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id staff { id } } errors { message } } }\n": typeof types.MoveLeftBookingDocument,
    "\n  mutation CancelLeftBooking($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status } errors { message } } }\n": typeof types.CancelLeftBookingDocument,
    "\n  mutation ChangeMemberRole($input: ChangeSalonMemberRoleInput!) { changeSalonMemberRole(input: $input) { member { role user { id } } errors { code message } } }\n": typeof types.ChangeMemberRoleDocument,
    "\n  query StaffTimeOff($id: ID!) { staffMember(id: $id) { id timeOff { id startsAt endsAt reason } } }\n": typeof types.StaffTimeOffDocument,
    "\n  mutation AddTimeOff($input: AddTimeOffInput!) { addTimeOff(input: $input) { timeOff { id } errors { message field } } }\n": typeof types.AddTimeOffDocument,
    "\n  mutation RemoveTimeOff($input: RemoveTimeOffInput!) { removeTimeOff(input: $input) { removedTimeOffId errors { message } } }\n": typeof types.RemoveTimeOffDocument,
    "\n  query AvailableVisitDays($input: AvailableVisitDaysInput!) { availableVisitDays(input: $input) }\n": typeof types.AvailableVisitDaysDocument,
    "\n  query AvailableVisitStarts($input: AvailableVisitStartsInput!) {\n    availableVisitStarts(input: $input) { startsAt endsAt parts { startsAt endsAt staff { id displayName } } }\n  }\n": typeof types.AvailableVisitStartsDocument,
    "\n  mutation BookVisit($input: BookVisitInput!) {\n    bookVisit(input: $input) {\n      visit { id totalHalalas parts { id holdExpiresAt nextPayment { purpose amountHalalas savesCard } } }\n      errors { code message field }\n    }\n  }\n": typeof types.BookVisitDocument,
    "\n  mutation RescheduleVisit($input: RescheduleVisitInput!) {\n    rescheduleVisit(input: $input) { visit { id startsAt parts { id startsAt endsAt version } } errors { code message field } }\n  }\n": typeof types.RescheduleVisitDocument,
    "\n  mutation JoinWaitlist($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { entry { id status } errors { code message field } } }\n": typeof types.JoinWaitlistDocument,
    "\n  query WaitlistOffer($id: ID!) {\n    waitlistOffer(id: $id) {\n      id status startsAt expiresAt staff { id displayName }\n      booking { id status priceHalalas salon { id name timeZone } service { id name durationMinutes } }\n    }\n  }\n": typeof types.WaitlistOfferDocument,
    "\n  mutation AcceptWaitlistOffer($input: AcceptWaitlistOfferInput!) {\n    acceptWaitlistOffer(input: $input) { booking { id status holdExpiresAt nextPayment { purpose amountHalalas savesCard } } offer { id status } errors { code message field } }\n  }\n": typeof types.AcceptWaitlistOfferDocument,
    "\n  query MyWaitlist {\n    myWaitlist { id status dateFrom dateTo partOfDay timeFrom timeTo service { id name } salon { id name timeZone } staff { id displayName } offer { id startsAt expiresAt } }\n  }\n": typeof types.MyWaitlistDocument,
    "\n  mutation LeaveWaitlist($input: LeaveWaitlistInput!) { leaveWaitlist(input: $input) { entry { id status } errors { code message } } }\n": typeof types.LeaveWaitlistDocument,
    "\n  query SalonWaitlist($salonId: ID!) {\n    salonWaitlist(salonId: $salonId) { id status customerName dateFrom dateTo partOfDay timeFrom timeTo service { id name } staff { id displayName } offer { id startsAt expiresAt } }\n  }\n": typeof types.SalonWaitlistDocument,
    "\n  query StaffWeeklyHours($id: ID!) { staffMember(id: $id) { id weeklyHours { weekday startTime endTime } } }\n": typeof types.StaffWeeklyHoursDocument,
    "\n  mutation SetWeeklyHours($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { staffMember { id weeklyHours { weekday startTime endTime } } errors { message field } } }\n": typeof types.SetWeeklyHoursDocument,
    "\n  query SalonScheduleExceptions($id: ID!, $year: Int!, $nextYear: Int!) {\n    salon(id: $id) {\n      id\n      thisYear: scheduleExceptions(year: $year) { id name startDate endDate calendar ranges { startTime endTime } }\n      nextYear: scheduleExceptions(year: $nextYear) { id name startDate endDate calendar ranges { startTime endTime } }\n    }\n  }\n": typeof types.SalonScheduleExceptionsDocument,
    "mutation AddScheduleException($input: AddScheduleExceptionInput!) { addScheduleException(input: $input) { exception { id } errors { message field } } }": typeof types.AddScheduleExceptionDocument,
    "mutation UpdateScheduleException($input: UpdateScheduleExceptionInput!) { updateScheduleException(input: $input) { exception { id } errors { message field } } }": typeof types.UpdateScheduleExceptionDocument,
    "mutation RemoveScheduleException($input: RemoveScheduleExceptionInput!) { removeScheduleException(input: $input) { removedExceptionId errors { message } } }": typeof types.RemoveScheduleExceptionDocument,
    "mutation CopyScheduleExceptions($input: CopyScheduleExceptionsInput!) { copyScheduleExceptions(input: $input) { exceptions { id } errors { message } } }": typeof types.CopyScheduleExceptionsDocument,
    "\n  query SalonOpeningHours($id: ID!) { salon(id: $id) { id openingHours { id weekday startTime endTime } } }\n": typeof types.SalonOpeningHoursDocument,
    "\n  mutation SetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { salon { id openingHours { id weekday startTime endTime } } errors { message field } } }\n": typeof types.SetOpeningHoursDocument,
    "\n  query Me {\n    me { id firstName lastName displayName needsName role phoneNumber email preferredLanguage isPlatformAdmin }\n  }\n": typeof types.MeDocument,
    "\n  mutation SaveLanguage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id preferredLanguage } errors { message } }\n  }\n": typeof types.SaveLanguageDocument,
    "\n  mutation SignOut {\n    signOut(input: {}) { signedOut }\n  }\n": typeof types.SignOutDocument,
    "\n  query ApplicationQueue {\n    salonApplications(status: PENDING, first: 50) {\n      edges { node { id nameAr nameEn city district latitude longitude commercialRegistrationNumber vatNumber clientele createdAt applicant { id displayName } } }\n    }\n  }\n": typeof types.ApplicationQueueDocument,
    "\n  query PlatformSalons { platformSalons(first: 100) { edges { node { id name isActive suspendedAt suspensionReason } } } }\n": typeof types.PlatformSalonsDocument,
    "\n  mutation ApproveApplication($input: ApproveSalonApplicationInput!) { approveSalonApplication(input: $input) { application { id status } errors { message } } }\n": typeof types.ApproveApplicationDocument,
    "\n  mutation RejectApplication($input: RejectSalonApplicationInput!) { rejectSalonApplication(input: $input) { application { id status } errors { message field } } }\n": typeof types.RejectApplicationDocument,
    "\n  mutation SuspendSalon($input: SuspendSalonInput!) { suspendSalon(input: $input) { salon { id isActive suspendedAt suspensionReason } errors { message field } } }\n": typeof types.SuspendSalonDocument,
    "\n  mutation ReinstateSalon($input: ReinstateSalonInput!) { reinstateSalon(input: $input) { salon { id isActive suspendedAt suspensionReason } errors { message } } }\n": typeof types.ReinstateSalonDocument,
    "\n  query MyApplications { myApplications { id nameAr nameEn status rejectionReason salon { id } } }\n": typeof types.MyApplicationsDocument,
    "\n  mutation ApplyToListSalon($input: ApplyToListSalonInput!) { applyToListSalon(input: $input) { application { id status } errors { message field } } }\n": typeof types.ApplyToListSalonDocument,
    "\n  query MyBookings($upcoming: Boolean, $after: String) {\n    myBookings(filter: { upcoming: $upcoming }, first: 20, after: $after) {\n      edges {\n        node {\n          id status startsAt priceHalalas holdExpiresAt cancellableUntil\n          salon { id name timeZone cancellationCutoffHours phone }\n          service { id name }\n          staff { id displayName }\n          payment { status }\n          nextPayment { purpose amountHalalas savesCard }\n          paymentTerms { prepayment onlineDueHalalas guarantee balanceHalalas noShowFeeHalalas noShowGraceMinutes lateCancelFeeHalalas lateCancelWindowHours savesCard savesCardBeyondDays }\n          fee { kind amountHalalas status chargedToSavedCard }\n          invoices { id kind reference }\n          visitPosition\n          visit { id totalHalalas parts { id service { id } staff { id } } }\n          review { id rating comment editableUntil hiddenAt hiddenReason }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MyBookingsDocument,
    "\n  mutation CancelMyBooking($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status } errors { code message } } }\n": typeof types.CancelMyBookingDocument,
    "\n  mutation ReviewBooking($input: CreateReviewInput!) { createReview(input: $input) { review { id } errors { code message } } }\n": typeof types.ReviewBookingDocument,
    "\n  mutation EditMyReview($input: EditReviewInput!) { editReview(input: $input) { review { id rating comment editedAt } errors { code message } } }\n": typeof types.EditMyReviewDocument,
    "\n  query HomeSalons($first: Int!, $after: String, $filter: SalonFilter) {\n    salons(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          city\n          district\n          ratingAverage\n          reviewCount\n          distanceMeters\n          services { id }\n          priceRange { minHalalas maxHalalas }\n          photos { url }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.HomeSalonsDocument,
    "\n  query InvoiceDocument($id: ID!) {\n    invoice(id: $id) {\n      id kind number reference issuedAt sellerNameAr sellerNameEn vatNumber sellerAddress totalHalalas vatHalalas currency qrCode reason\n      lines { descriptionAr descriptionEn quantity unitPriceHalalas totalHalalas vatHalalas }\n      paymentMeans { method amountHalalas }\n      originalInvoice { id reference }\n      booking { id salon { timeZone } }\n    }\n  }\n": typeof types.InvoiceDocumentDocument,
    "\n  mutation RequestCode($input: RequestPhoneCodeInput!) {\n    requestPhoneCode(input: $input) { requestId expiresAt retryAfterSeconds errors { code message field } }\n  }\n": typeof types.RequestCodeDocument,
    "\n  mutation VerifyCode($input: VerifyPhoneCodeInput!) {\n    verifyPhoneCode(input: $input) { accessToken refreshToken user { id firstName role } errors { code message field } }\n  }\n": typeof types.VerifyCodeDocument,
    "\n  query MySalons { mySalons { id name nameAr nameEn descriptionAr descriptionEn phone timeZone requiresPrepayment autoConfirm cancellationCutoffHours minimumNoticeMinutes } }\n": typeof types.MySalonsDocument,
    "\n  query SalonPayments($salonId: ID!) {\n    salonPayments(salonId: $salonId, first: 20) {\n      edges { node { id status amountHalalas refundedHalalas cardCompany cardLast4 createdAt booking { id service { name } customer { displayName } } } }\n    }\n  }\n": typeof types.SalonPaymentsDocument,
    "\n  mutation RefundFromManager($input: RefundPaymentInput!) { refundPayment(input: $input) { payment { id status refundedHalalas } errors { code message } } }\n": typeof types.RefundFromManagerDocument,
    "\n  mutation UpdateSalonSettings($input: UpdateSalonInput!) {\n    updateSalon(input: $input) { salon { id name nameAr nameEn descriptionAr descriptionEn phone requiresPrepayment autoConfirm cancellationCutoffHours minimumNoticeMinutes } errors { message field } }\n  }\n": typeof types.UpdateSalonSettingsDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id firstName lastName email preferredLanguage } errors { code message field } }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  query ReportSalons { mySalons { id name timeZone } }\n": typeof types.ReportSalonsDocument,
    "\n  query SalonReport($salonId: ID!, $period: ReportPeriod!, $date: Date!, $to: Date) {\n    salonReport(salonId: $salonId, period: $period, date: $date, to: $to) {\n      salonId timeZone period\n      current {\n        range { startDate endDate }\n        revenue { grossHalalas refundsHalalas netHalalas vatHalalas onlineHalalas counterHalalas }\n        bookings { count byStatus { status count } noShowRate cancellationRate }\n        utilisation { staffId staff { id displayName } bookedMinutes availableMinutes rate }\n        topServices { serviceId service { id name } bookingCount bookedHalalas }\n        customers { newCustomers returningCustomers }\n      }\n      previous {\n        range { startDate endDate }\n        revenue { grossHalalas refundsHalalas netHalalas vatHalalas onlineHalalas counterHalalas }\n        bookings { count byStatus { status count } noShowRate cancellationRate }\n        utilisation { staffId staff { id displayName } bookedMinutes availableMinutes rate }\n        topServices { serviceId service { id name } bookingCount bookedHalalas }\n        customers { newCustomers returningCustomers }\n      }\n    }\n  }\n": typeof types.SalonReportDocument,
    "\n  query SalonPage($id: ID!, $after: String) {\n    salon(id: $id) {\n      id name description city district address phone timeZone ratingAverage reviewCount requiresPrepayment cancellationCutoffHours\n      priceRange { minHalalas maxHalalas }\n      photos { url srcset width height position }\n      services { id name category durationMinutes priceHalalas paymentTerms { prepayment onlineDueHalalas guarantee balanceHalalas noShowFeeHalalas noShowGraceMinutes lateCancelFeeHalalas lateCancelWindowHours savesCardBeyondDays } }\n      staff { id displayName bio services { id } }\n      reviews(first: 5, after: $after) { edges { cursor node { id rating comment createdAt customer { displayName } service { id name } staff { id displayName } reply { text } } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": typeof types.SalonPageDocument,
    "\n  query MyWorkplaces { myWorkplaces { roles salon { id name timeZone } staffMember { id photoConsent } } }\n": typeof types.MyWorkplacesDocument,
};
const documents: Documents = {
    "\n  mutation Refresh($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken errors { code } } }\n": types.RefreshDocument,
    "\n  query SalonAuditLog($salonId: ID!, $after: String) {\n    salonAuditLog(salonId: $salonId, first: 50, after: $after) {\n      edges { node { id occurredAt action actorRole actor { id displayName } subject { id displayName } targetType ip userAgent } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SalonAuditLogDocument,
    "mutation ConfirmFromCalendar($input: ConfirmBookingInput!) { confirmBooking(input: $input) { booking { id status version } errors { message } } }": types.ConfirmFromCalendarDocument,
    "mutation CompleteFromCalendar($input: CompleteBookingInput!) { completeBooking(input: $input) { booking { id status version } errors { message } } }": types.CompleteFromCalendarDocument,
    "mutation CheckInFromCalendar($input: CheckInBookingInput!) { checkInBooking(input: $input) { booking { id status version checkedInAt } errors { message } } }": types.CheckInFromCalendarDocument,
    "mutation NoShowFromCalendar($input: MarkNoShowInput!) { markNoShow(input: $input) { booking { id status version } errors { message } } }": types.NoShowFromCalendarDocument,
    "mutation MoveFromCalendar($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id status version staff { id } } errors { message field } } }": types.MoveFromCalendarDocument,
    "mutation RefundFeeFromCalendar($input: RefundBookingFeeInput!) { refundBookingFee(input: $input) { fee { id status } errors { message } } }": types.RefundFeeFromCalendarDocument,
    "mutation CancelFromCalendar($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status version } errors { message field } } }": types.CancelFromCalendarDocument,
    "\n  query AvailableDays($input: AvailableDaysInput!) { availableDays(input: $input) }\n": types.AvailableDaysDocument,
    "\n  query AvailableSlots($input: AvailableSlotsInput!) { availableSlots(input: $input) { startsAt endsAt staff { id displayName } } }\n": types.AvailableSlotsDocument,
    "\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) { booking { id status startsAt priceHalalas holdExpiresAt nextPayment { purpose amountHalalas savesCard } } errors { code message field } }\n  }\n": types.CreateBookingDocument,
    "\n  query BookingMessages($id: ID!) {\n    booking(id: $id) { id notifications { id event recipient channel status deliveryStatus deliveryStatusAt isFallback dueAt sentAt } }\n  }\n": types.BookingMessagesDocument,
    "\n  query ManageCatalog($id: ID!) {\n    salon(id: $id) { id timeZone services { id name category durationMinutes priceHalalas } staff { id displayName } closures { id startDate endDate reason } }\n  }\n": types.ManageCatalogDocument,
    "mutation CreateService($input: CreateServiceInput!) { createService(input: $input) { service { id } errors { message } } }": types.CreateServiceDocument,
    "mutation UpdateService($input: UpdateServiceInput!) { updateService(input: $input) { service { id priceHalalas durationMinutes } errors { message } } }": types.UpdateServiceDocument,
    "mutation ArchiveService($input: ArchiveServiceInput!) { archiveService(input: $input) { service { id } errors { message } } }": types.ArchiveServiceDocument,
    "mutation AddStaff($input: AddStaffMemberInput!) { addStaffMember(input: $input) { staffMember { id } errors { message } } }": types.AddStaffDocument,
    "mutation AddClosure($input: AddSalonClosureInput!) { addSalonClosure(input: $input) { closure { id } errors { message } } }": types.AddClosureDocument,
    "mutation RemoveClosure($input: RemoveSalonClosureInput!) { removeSalonClosure(input: $input) { removedClosureId errors { message } } }": types.RemoveClosureDocument,
    "\n  mutation RecordCounterPayment($input: RecordCounterPaymentInput!) {\n    recordCounterPayment(input: $input) { invoice { id reference totalHalalas } errors { message field } }\n  }\n": types.RecordCounterPaymentDocument,
    "\n  query BookingCounterPayments($id: ID!) {\n    booking(id: $id) { id counterPayments { id createdAt totalHalalas refundedHalalas parts { method amountHalalas } invoice { id reference } } }\n  }\n": types.BookingCounterPaymentsDocument,
    "\n  mutation RefundCounterPayment($input: RefundCounterPaymentInput!) {\n    refundCounterPayment(input: $input) { counterPayment { id refundedHalalas } creditNote { id reference totalHalalas } errors { code message field } }\n  }\n": types.RefundCounterPaymentDocument,
    "\n  mutation CreateFrontDeskBooking($input: CreateFrontDeskBookingInput!) {\n    createFrontDeskBooking(input: $input) { booking { id status startsAt channel } errors { code message field } }\n  }\n": types.CreateFrontDeskBookingDocument,
    "\n  mutation CreateWalkInBooking($input: CreateWalkInBookingInput!) {\n    createWalkInBooking(input: $input) { booking { id status startsAt channel } errors { code message field } }\n  }\n": types.CreateWalkInBookingDocument,
    "\n  query FrontDeskVisitStarts($input: FrontDeskVisitStartsInput!) {\n    frontDeskVisitStarts(input: $input) { startsAt endsAt parts { startsAt endsAt staff { id displayName } } }\n  }\n": types.FrontDeskVisitStartsDocument,
    "\n  mutation CreateFrontDeskVisit($input: CreateFrontDeskVisitInput!) {\n    createFrontDeskVisit(input: $input) { visit { id totalHalalas startsAt parts { id startsAt } } errors { code message field } }\n  }\n": types.CreateFrontDeskVisitDocument,
    "\n  query MyInvitations { myInvitations { id role displayName salon { id name } } }\n": types.MyInvitationsDocument,
    "\n  mutation AcceptInvitation($input: SalonInvitationInput!) { acceptSalonInvitation(input: $input) { invitation { id status } errors { message } } }\n": types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($input: SalonInvitationInput!) { declineSalonInvitation(input: $input) { invitation { id status } errors { message } } }\n": types.DeclineInvitationDocument,
    "\n  query SalonInvoices($salonId: ID!, $date: Date!, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    salon(id: $salonId) { id taxDetails { vatNumber legalNameAr legalNameEn } }\n    salonTakings(salonId: $salonId, date: $date) {\n      date onlineHalalas counterHalalas refundsHalalas netHalalas vatHalalas invoiceCount creditNoteCount byMeans { method takenHalalas refundedHalalas }\n    }\n    salonInvoices(salonId: $salonId, from: $from, to: $to, first: $first, after: $after) {\n      edges { node { id kind reference issuedAt totalHalalas vatHalalas vatNumber originalInvoice { reference } paymentMeans { method amountHalalas } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SalonInvoicesDocument,
    "\n  mutation UpdateSalonTaxDetails($input: UpdateSalonTaxDetailsInput!) {\n    updateSalonTaxDetails(input: $input) { taxDetails { vatNumber legalNameAr legalNameEn } errors { message field } }\n  }\n": types.UpdateSalonTaxDetailsDocument,
    "\n  query MyMessageChannel { me { id preferredChannel } }\n": types.MyMessageChannelDocument,
    "\n  mutation SetMyMessageChannel($channel: MessageChannel!) {\n    updateProfile(input: { preferredChannel: $channel }) { user { id preferredChannel } errors { message } }\n  }\n": types.SetMyMessageChannelDocument,
    "\n  query MyMarketingConsent { me { id marketingConsent { granted source recordedAt } } }\n": types.MyMarketingConsentDocument,
    "\n  mutation SetMyMarketingConsent($granted: Boolean!) {\n    setMarketingConsent(input: { granted: $granted }) { consent { granted source recordedAt } errors { message } }\n  }\n": types.SetMyMarketingConsentDocument,
    "\n  query MyDataExport { myDataExport { generatedAt fileName json } }\n": types.MyDataExportDocument,
    "\n  mutation RequestMyDeletionCode { requestAccountDeletionCode(input: {}) { requestId errors { code message } } }\n": types.RequestMyDeletionCodeDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted cancelledBookings errors { code message field } } }\n": types.DeleteMyAccountDocument,
    "\n  mutation GiveName($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id firstName displayName needsName } errors { code message field } }\n  }\n": types.GiveNameDocument,
    "\n  query PaymentSettings { paymentSettings { publishableKey tokenUrl applePayStandIn applePayDisplayName } }\n": types.PaymentSettingsDocument,
    "\n  mutation ValidateApplePayMerchant($input: ValidateApplePayMerchantInput!) {\n    validateApplePayMerchant(input: $input) { merchantSession errors { code message } }\n  }\n": types.ValidateApplePayMerchantDocument,
    "\n  mutation StartPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) { payment { id status transactionUrl } errors { code message } }\n  }\n": types.StartPaymentDocument,
    "\n  query SalonPaymentPolicy($id: ID!) {\n    salon(id: $id) {\n      id\n      paymentPolicy { prepayment deposit { percent halalas } noShowFee { percent halalas } noShowGraceMinutes lateCancelFee { percent halalas } lateCancelWindowHours }\n      services {\n        id name priceHalalas\n        paymentPolicyOverride { prepayment deposit { percent halalas } noShowFee { percent halalas } noShowGraceMinutes lateCancelFee { percent halalas } lateCancelWindowHours }\n        paymentTerms { prepayment onlineDueHalalas guarantee }\n      }\n    }\n  }\n": types.SalonPaymentPolicyDocument,
    "\n  mutation RemoveServicePaymentPolicy($input: RemoveServicePaymentPolicyInput!) {\n    removeServicePaymentPolicy(input: $input) { service { id } errors { message } }\n  }\n": types.RemoveServicePaymentPolicyDocument,
    "\n  mutation SetPaymentPolicy($input: SetPaymentPolicyInput!) {\n    setPaymentPolicy(input: $input) { policy { prepayment } errors { code message field } }\n  }\n": types.SetPaymentPolicyDocument,
    "\n  mutation SetStylistPhotoConsent($input: SetStylistPhotoConsentInput!) { setStylistPhotoConsent(input: $input) { consent { granted recordedAt } errors { message } } }\n": types.SetStylistPhotoConsentDocument,
    "\n  query ManagerPhotos($id: ID!) {\n    salon(id: $id) {\n      id photos { id url srcset position }\n      services { id name photos { id url srcset position } }\n      staff { id displayName photoConsent photos { id url srcset position } }\n    }\n  }\n": types.ManagerPhotosDocument,
    "\n  mutation ReorderPhotos($input: ReorderPhotosInput!) { reorderPhotos(input: $input) { photos { id position } errors { message } } }\n": types.ReorderPhotosDocument,
    "\n  mutation DeletePhoto($input: DeletePhotoInput!) { deletePhoto(input: $input) { deletedPhotoId errors { message } } }\n": types.DeletePhotoDocument,
    "\n  query ReportedReviews { reportedReviews(first: 50) { edges { node { id rating comment reportedAt reportReason salon { id name } customer { displayName } } } } }\n": types.ReportedReviewsDocument,
    "\n  mutation HideReview($input: HideReviewInput!) { hideReview(input: $input) { review { id hiddenAt } errors { message field } } }\n": types.HideReviewDocument,
    "\n  mutation DismissReviewReport($input: DismissReviewReportInput!) { dismissReviewReport(input: $input) { review { id reportDismissedAt } errors { message } } }\n": types.DismissReviewReportDocument,
    "\n  mutation RescheduleMyBooking($input: RescheduleBookingInput!) {\n    rescheduleBooking(input: $input) { booking { id startsAt status } errors { code message } }\n  }\n": types.RescheduleMyBookingDocument,
    "\n  query SalonCalendar($salonId: ID!, $date: Date!, $days: Int, $staffId: ID) {\n    salonCalendar(salonId: $salonId, date: $date, days: $days, staffId: $staffId) {\n      timeZone slotIntervalMinutes now\n      days { date startsAt endsAt closed closureReason scheduleName }\n      columns {\n        staff { id displayName services { id name durationMinutes priceHalalas } }\n        workingHours { startsAt endsAt }\n        timeOff { startsAt endsAt reason }\n        bookings { id status version checkedInAt startsAt endsAt blockedUntil customer { displayName } customerPhoneNumber service { id name } staff { id displayName } payment { status } fee { kind amountHalalas status chargedToSavedCard }\n          visitPosition visit { id startsAt parts { id service { id } staff { id } } } }\n      }\n    }\n  }\n": types.SalonCalendarDocument,
    "\n  query ManagerReviews($id: ID!) {\n    salon(id: $id) { id reviews(first: 20) { edges { node { id rating comment createdAt reportedAt customer { displayName } reply { text editedAt } } } } }\n  }\n": types.ManagerReviewsDocument,
    "\n  mutation ReplyToReview($input: ReplyToReviewInput!) { replyToReview(input: $input) { review { id reply { text createdAt editedAt } } errors { message field } } }\n": types.ReplyToReviewDocument,
    "\n  mutation ReportReview($input: ReportReviewInput!) { reportReview(input: $input) { review { id reportedAt reportReason } errors { message field } } }\n": types.ReportReviewDocument,
    "\n  query SalonCities {\n    salonCities { city districts { name latitude longitude } }\n  }\n": types.SalonCitiesDocument,
    "\n  mutation ConfirmStcPayment($input: ConfirmStcPaymentInput!) {\n    confirmStcPayment(input: $input) { payment { id status } errors { code message } }\n  }\n": types.ConfirmStcPaymentDocument,
    "\n  query SalonTeam($salonId: ID!) {\n    salonTeam(salonId: $salonId) {\n      members { role phoneNumber user { id displayName } }\n      stylists { id displayName isActive }\n      invitations { id phoneNumber role displayName }\n      bookingsToHandle { id version startsAt service { name } customer { displayName } staff { displayName } }\n    }\n  }\n": types.SalonTeamDocument,
    "\n  mutation InviteToSalon($input: InviteToSalonInput!) { inviteToSalon(input: $input) { invitation { id } errors { message field } } }\n": types.InviteToSalonDocument,
    "\n  mutation RevokeInvitation($input: SalonInvitationInput!) { revokeSalonInvitation(input: $input) { invitation { id status } errors { message } } }\n": types.RevokeInvitationDocument,
    "\n  mutation DeactivateStylist($input: DeactivateStaffMemberInput!) { deactivateStaffMember(input: $input) { staffMember { id isActive } bookingsToHandle { id } errors { message } } }\n": types.DeactivateStylistDocument,
    "\n  mutation MoveLeftBooking($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id staff { id } } errors { message } } }\n": types.MoveLeftBookingDocument,
    "\n  mutation CancelLeftBooking($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status } errors { message } } }\n": types.CancelLeftBookingDocument,
    "\n  mutation ChangeMemberRole($input: ChangeSalonMemberRoleInput!) { changeSalonMemberRole(input: $input) { member { role user { id } } errors { code message } } }\n": types.ChangeMemberRoleDocument,
    "\n  query StaffTimeOff($id: ID!) { staffMember(id: $id) { id timeOff { id startsAt endsAt reason } } }\n": types.StaffTimeOffDocument,
    "\n  mutation AddTimeOff($input: AddTimeOffInput!) { addTimeOff(input: $input) { timeOff { id } errors { message field } } }\n": types.AddTimeOffDocument,
    "\n  mutation RemoveTimeOff($input: RemoveTimeOffInput!) { removeTimeOff(input: $input) { removedTimeOffId errors { message } } }\n": types.RemoveTimeOffDocument,
    "\n  query AvailableVisitDays($input: AvailableVisitDaysInput!) { availableVisitDays(input: $input) }\n": types.AvailableVisitDaysDocument,
    "\n  query AvailableVisitStarts($input: AvailableVisitStartsInput!) {\n    availableVisitStarts(input: $input) { startsAt endsAt parts { startsAt endsAt staff { id displayName } } }\n  }\n": types.AvailableVisitStartsDocument,
    "\n  mutation BookVisit($input: BookVisitInput!) {\n    bookVisit(input: $input) {\n      visit { id totalHalalas parts { id holdExpiresAt nextPayment { purpose amountHalalas savesCard } } }\n      errors { code message field }\n    }\n  }\n": types.BookVisitDocument,
    "\n  mutation RescheduleVisit($input: RescheduleVisitInput!) {\n    rescheduleVisit(input: $input) { visit { id startsAt parts { id startsAt endsAt version } } errors { code message field } }\n  }\n": types.RescheduleVisitDocument,
    "\n  mutation JoinWaitlist($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { entry { id status } errors { code message field } } }\n": types.JoinWaitlistDocument,
    "\n  query WaitlistOffer($id: ID!) {\n    waitlistOffer(id: $id) {\n      id status startsAt expiresAt staff { id displayName }\n      booking { id status priceHalalas salon { id name timeZone } service { id name durationMinutes } }\n    }\n  }\n": types.WaitlistOfferDocument,
    "\n  mutation AcceptWaitlistOffer($input: AcceptWaitlistOfferInput!) {\n    acceptWaitlistOffer(input: $input) { booking { id status holdExpiresAt nextPayment { purpose amountHalalas savesCard } } offer { id status } errors { code message field } }\n  }\n": types.AcceptWaitlistOfferDocument,
    "\n  query MyWaitlist {\n    myWaitlist { id status dateFrom dateTo partOfDay timeFrom timeTo service { id name } salon { id name timeZone } staff { id displayName } offer { id startsAt expiresAt } }\n  }\n": types.MyWaitlistDocument,
    "\n  mutation LeaveWaitlist($input: LeaveWaitlistInput!) { leaveWaitlist(input: $input) { entry { id status } errors { code message } } }\n": types.LeaveWaitlistDocument,
    "\n  query SalonWaitlist($salonId: ID!) {\n    salonWaitlist(salonId: $salonId) { id status customerName dateFrom dateTo partOfDay timeFrom timeTo service { id name } staff { id displayName } offer { id startsAt expiresAt } }\n  }\n": types.SalonWaitlistDocument,
    "\n  query StaffWeeklyHours($id: ID!) { staffMember(id: $id) { id weeklyHours { weekday startTime endTime } } }\n": types.StaffWeeklyHoursDocument,
    "\n  mutation SetWeeklyHours($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { staffMember { id weeklyHours { weekday startTime endTime } } errors { message field } } }\n": types.SetWeeklyHoursDocument,
    "\n  query SalonScheduleExceptions($id: ID!, $year: Int!, $nextYear: Int!) {\n    salon(id: $id) {\n      id\n      thisYear: scheduleExceptions(year: $year) { id name startDate endDate calendar ranges { startTime endTime } }\n      nextYear: scheduleExceptions(year: $nextYear) { id name startDate endDate calendar ranges { startTime endTime } }\n    }\n  }\n": types.SalonScheduleExceptionsDocument,
    "mutation AddScheduleException($input: AddScheduleExceptionInput!) { addScheduleException(input: $input) { exception { id } errors { message field } } }": types.AddScheduleExceptionDocument,
    "mutation UpdateScheduleException($input: UpdateScheduleExceptionInput!) { updateScheduleException(input: $input) { exception { id } errors { message field } } }": types.UpdateScheduleExceptionDocument,
    "mutation RemoveScheduleException($input: RemoveScheduleExceptionInput!) { removeScheduleException(input: $input) { removedExceptionId errors { message } } }": types.RemoveScheduleExceptionDocument,
    "mutation CopyScheduleExceptions($input: CopyScheduleExceptionsInput!) { copyScheduleExceptions(input: $input) { exceptions { id } errors { message } } }": types.CopyScheduleExceptionsDocument,
    "\n  query SalonOpeningHours($id: ID!) { salon(id: $id) { id openingHours { id weekday startTime endTime } } }\n": types.SalonOpeningHoursDocument,
    "\n  mutation SetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { salon { id openingHours { id weekday startTime endTime } } errors { message field } } }\n": types.SetOpeningHoursDocument,
    "\n  query Me {\n    me { id firstName lastName displayName needsName role phoneNumber email preferredLanguage isPlatformAdmin }\n  }\n": types.MeDocument,
    "\n  mutation SaveLanguage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id preferredLanguage } errors { message } }\n  }\n": types.SaveLanguageDocument,
    "\n  mutation SignOut {\n    signOut(input: {}) { signedOut }\n  }\n": types.SignOutDocument,
    "\n  query ApplicationQueue {\n    salonApplications(status: PENDING, first: 50) {\n      edges { node { id nameAr nameEn city district latitude longitude commercialRegistrationNumber vatNumber clientele createdAt applicant { id displayName } } }\n    }\n  }\n": types.ApplicationQueueDocument,
    "\n  query PlatformSalons { platformSalons(first: 100) { edges { node { id name isActive suspendedAt suspensionReason } } } }\n": types.PlatformSalonsDocument,
    "\n  mutation ApproveApplication($input: ApproveSalonApplicationInput!) { approveSalonApplication(input: $input) { application { id status } errors { message } } }\n": types.ApproveApplicationDocument,
    "\n  mutation RejectApplication($input: RejectSalonApplicationInput!) { rejectSalonApplication(input: $input) { application { id status } errors { message field } } }\n": types.RejectApplicationDocument,
    "\n  mutation SuspendSalon($input: SuspendSalonInput!) { suspendSalon(input: $input) { salon { id isActive suspendedAt suspensionReason } errors { message field } } }\n": types.SuspendSalonDocument,
    "\n  mutation ReinstateSalon($input: ReinstateSalonInput!) { reinstateSalon(input: $input) { salon { id isActive suspendedAt suspensionReason } errors { message } } }\n": types.ReinstateSalonDocument,
    "\n  query MyApplications { myApplications { id nameAr nameEn status rejectionReason salon { id } } }\n": types.MyApplicationsDocument,
    "\n  mutation ApplyToListSalon($input: ApplyToListSalonInput!) { applyToListSalon(input: $input) { application { id status } errors { message field } } }\n": types.ApplyToListSalonDocument,
    "\n  query MyBookings($upcoming: Boolean, $after: String) {\n    myBookings(filter: { upcoming: $upcoming }, first: 20, after: $after) {\n      edges {\n        node {\n          id status startsAt priceHalalas holdExpiresAt cancellableUntil\n          salon { id name timeZone cancellationCutoffHours phone }\n          service { id name }\n          staff { id displayName }\n          payment { status }\n          nextPayment { purpose amountHalalas savesCard }\n          paymentTerms { prepayment onlineDueHalalas guarantee balanceHalalas noShowFeeHalalas noShowGraceMinutes lateCancelFeeHalalas lateCancelWindowHours savesCard savesCardBeyondDays }\n          fee { kind amountHalalas status chargedToSavedCard }\n          invoices { id kind reference }\n          visitPosition\n          visit { id totalHalalas parts { id service { id } staff { id } } }\n          review { id rating comment editableUntil hiddenAt hiddenReason }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MyBookingsDocument,
    "\n  mutation CancelMyBooking($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status } errors { code message } } }\n": types.CancelMyBookingDocument,
    "\n  mutation ReviewBooking($input: CreateReviewInput!) { createReview(input: $input) { review { id } errors { code message } } }\n": types.ReviewBookingDocument,
    "\n  mutation EditMyReview($input: EditReviewInput!) { editReview(input: $input) { review { id rating comment editedAt } errors { code message } } }\n": types.EditMyReviewDocument,
    "\n  query HomeSalons($first: Int!, $after: String, $filter: SalonFilter) {\n    salons(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          city\n          district\n          ratingAverage\n          reviewCount\n          distanceMeters\n          services { id }\n          priceRange { minHalalas maxHalalas }\n          photos { url }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.HomeSalonsDocument,
    "\n  query InvoiceDocument($id: ID!) {\n    invoice(id: $id) {\n      id kind number reference issuedAt sellerNameAr sellerNameEn vatNumber sellerAddress totalHalalas vatHalalas currency qrCode reason\n      lines { descriptionAr descriptionEn quantity unitPriceHalalas totalHalalas vatHalalas }\n      paymentMeans { method amountHalalas }\n      originalInvoice { id reference }\n      booking { id salon { timeZone } }\n    }\n  }\n": types.InvoiceDocumentDocument,
    "\n  mutation RequestCode($input: RequestPhoneCodeInput!) {\n    requestPhoneCode(input: $input) { requestId expiresAt retryAfterSeconds errors { code message field } }\n  }\n": types.RequestCodeDocument,
    "\n  mutation VerifyCode($input: VerifyPhoneCodeInput!) {\n    verifyPhoneCode(input: $input) { accessToken refreshToken user { id firstName role } errors { code message field } }\n  }\n": types.VerifyCodeDocument,
    "\n  query MySalons { mySalons { id name nameAr nameEn descriptionAr descriptionEn phone timeZone requiresPrepayment autoConfirm cancellationCutoffHours minimumNoticeMinutes } }\n": types.MySalonsDocument,
    "\n  query SalonPayments($salonId: ID!) {\n    salonPayments(salonId: $salonId, first: 20) {\n      edges { node { id status amountHalalas refundedHalalas cardCompany cardLast4 createdAt booking { id service { name } customer { displayName } } } }\n    }\n  }\n": types.SalonPaymentsDocument,
    "\n  mutation RefundFromManager($input: RefundPaymentInput!) { refundPayment(input: $input) { payment { id status refundedHalalas } errors { code message } } }\n": types.RefundFromManagerDocument,
    "\n  mutation UpdateSalonSettings($input: UpdateSalonInput!) {\n    updateSalon(input: $input) { salon { id name nameAr nameEn descriptionAr descriptionEn phone requiresPrepayment autoConfirm cancellationCutoffHours minimumNoticeMinutes } errors { message field } }\n  }\n": types.UpdateSalonSettingsDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id firstName lastName email preferredLanguage } errors { code message field } }\n  }\n": types.UpdateMyProfileDocument,
    "\n  query ReportSalons { mySalons { id name timeZone } }\n": types.ReportSalonsDocument,
    "\n  query SalonReport($salonId: ID!, $period: ReportPeriod!, $date: Date!, $to: Date) {\n    salonReport(salonId: $salonId, period: $period, date: $date, to: $to) {\n      salonId timeZone period\n      current {\n        range { startDate endDate }\n        revenue { grossHalalas refundsHalalas netHalalas vatHalalas onlineHalalas counterHalalas }\n        bookings { count byStatus { status count } noShowRate cancellationRate }\n        utilisation { staffId staff { id displayName } bookedMinutes availableMinutes rate }\n        topServices { serviceId service { id name } bookingCount bookedHalalas }\n        customers { newCustomers returningCustomers }\n      }\n      previous {\n        range { startDate endDate }\n        revenue { grossHalalas refundsHalalas netHalalas vatHalalas onlineHalalas counterHalalas }\n        bookings { count byStatus { status count } noShowRate cancellationRate }\n        utilisation { staffId staff { id displayName } bookedMinutes availableMinutes rate }\n        topServices { serviceId service { id name } bookingCount bookedHalalas }\n        customers { newCustomers returningCustomers }\n      }\n    }\n  }\n": types.SalonReportDocument,
    "\n  query SalonPage($id: ID!, $after: String) {\n    salon(id: $id) {\n      id name description city district address phone timeZone ratingAverage reviewCount requiresPrepayment cancellationCutoffHours\n      priceRange { minHalalas maxHalalas }\n      photos { url srcset width height position }\n      services { id name category durationMinutes priceHalalas paymentTerms { prepayment onlineDueHalalas guarantee balanceHalalas noShowFeeHalalas noShowGraceMinutes lateCancelFeeHalalas lateCancelWindowHours savesCardBeyondDays } }\n      staff { id displayName bio services { id } }\n      reviews(first: 5, after: $after) { edges { cursor node { id rating comment createdAt customer { displayName } service { id name } staff { id displayName } reply { text } } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": types.SalonPageDocument,
    "\n  query MyWorkplaces { myWorkplaces { roles salon { id name timeZone } staffMember { id photoConsent } } }\n": types.MyWorkplacesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken errors { code } } }\n"): (typeof documents)["\n  mutation Refresh($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken errors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalonAuditLog($salonId: ID!, $after: String) {\n    salonAuditLog(salonId: $salonId, first: 50, after: $after) {\n      edges { node { id occurredAt action actorRole actor { id displayName } subject { id displayName } targetType ip userAgent } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query SalonAuditLog($salonId: ID!, $after: String) {\n    salonAuditLog(salonId: $salonId, first: 50, after: $after) {\n      edges { node { id occurredAt action actorRole actor { id displayName } subject { id displayName } targetType ip userAgent } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmFromCalendar($input: ConfirmBookingInput!) { confirmBooking(input: $input) { booking { id status version } errors { message } } }"): (typeof documents)["mutation ConfirmFromCalendar($input: ConfirmBookingInput!) { confirmBooking(input: $input) { booking { id status version } errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteFromCalendar($input: CompleteBookingInput!) { completeBooking(input: $input) { booking { id status version } errors { message } } }"): (typeof documents)["mutation CompleteFromCalendar($input: CompleteBookingInput!) { completeBooking(input: $input) { booking { id status version } errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckInFromCalendar($input: CheckInBookingInput!) { checkInBooking(input: $input) { booking { id status version checkedInAt } errors { message } } }"): (typeof documents)["mutation CheckInFromCalendar($input: CheckInBookingInput!) { checkInBooking(input: $input) { booking { id status version checkedInAt } errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoShowFromCalendar($input: MarkNoShowInput!) { markNoShow(input: $input) { booking { id status version } errors { message } } }"): (typeof documents)["mutation NoShowFromCalendar($input: MarkNoShowInput!) { markNoShow(input: $input) { booking { id status version } errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveFromCalendar($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id status version staff { id } } errors { message field } } }"): (typeof documents)["mutation MoveFromCalendar($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id status version staff { id } } errors { message field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefundFeeFromCalendar($input: RefundBookingFeeInput!) { refundBookingFee(input: $input) { fee { id status } errors { message } } }"): (typeof documents)["mutation RefundFeeFromCalendar($input: RefundBookingFeeInput!) { refundBookingFee(input: $input) { fee { id status } errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelFromCalendar($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status version } errors { message field } } }"): (typeof documents)["mutation CancelFromCalendar($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status version } errors { message field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailableDays($input: AvailableDaysInput!) { availableDays(input: $input) }\n"): (typeof documents)["\n  query AvailableDays($input: AvailableDaysInput!) { availableDays(input: $input) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailableSlots($input: AvailableSlotsInput!) { availableSlots(input: $input) { startsAt endsAt staff { id displayName } } }\n"): (typeof documents)["\n  query AvailableSlots($input: AvailableSlotsInput!) { availableSlots(input: $input) { startsAt endsAt staff { id displayName } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) { booking { id status startsAt priceHalalas holdExpiresAt nextPayment { purpose amountHalalas savesCard } } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) { booking { id status startsAt priceHalalas holdExpiresAt nextPayment { purpose amountHalalas savesCard } } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingMessages($id: ID!) {\n    booking(id: $id) { id notifications { id event recipient channel status deliveryStatus deliveryStatusAt isFallback dueAt sentAt } }\n  }\n"): (typeof documents)["\n  query BookingMessages($id: ID!) {\n    booking(id: $id) { id notifications { id event recipient channel status deliveryStatus deliveryStatusAt isFallback dueAt sentAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageCatalog($id: ID!) {\n    salon(id: $id) { id timeZone services { id name category durationMinutes priceHalalas } staff { id displayName } closures { id startDate endDate reason } }\n  }\n"): (typeof documents)["\n  query ManageCatalog($id: ID!) {\n    salon(id: $id) { id timeZone services { id name category durationMinutes priceHalalas } staff { id displayName } closures { id startDate endDate reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateService($input: CreateServiceInput!) { createService(input: $input) { service { id } errors { message } } }"): (typeof documents)["mutation CreateService($input: CreateServiceInput!) { createService(input: $input) { service { id } errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateService($input: UpdateServiceInput!) { updateService(input: $input) { service { id priceHalalas durationMinutes } errors { message } } }"): (typeof documents)["mutation UpdateService($input: UpdateServiceInput!) { updateService(input: $input) { service { id priceHalalas durationMinutes } errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveService($input: ArchiveServiceInput!) { archiveService(input: $input) { service { id } errors { message } } }"): (typeof documents)["mutation ArchiveService($input: ArchiveServiceInput!) { archiveService(input: $input) { service { id } errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddStaff($input: AddStaffMemberInput!) { addStaffMember(input: $input) { staffMember { id } errors { message } } }"): (typeof documents)["mutation AddStaff($input: AddStaffMemberInput!) { addStaffMember(input: $input) { staffMember { id } errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddClosure($input: AddSalonClosureInput!) { addSalonClosure(input: $input) { closure { id } errors { message } } }"): (typeof documents)["mutation AddClosure($input: AddSalonClosureInput!) { addSalonClosure(input: $input) { closure { id } errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveClosure($input: RemoveSalonClosureInput!) { removeSalonClosure(input: $input) { removedClosureId errors { message } } }"): (typeof documents)["mutation RemoveClosure($input: RemoveSalonClosureInput!) { removeSalonClosure(input: $input) { removedClosureId errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCounterPayment($input: RecordCounterPaymentInput!) {\n    recordCounterPayment(input: $input) { invoice { id reference totalHalalas } errors { message field } }\n  }\n"): (typeof documents)["\n  mutation RecordCounterPayment($input: RecordCounterPaymentInput!) {\n    recordCounterPayment(input: $input) { invoice { id reference totalHalalas } errors { message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingCounterPayments($id: ID!) {\n    booking(id: $id) { id counterPayments { id createdAt totalHalalas refundedHalalas parts { method amountHalalas } invoice { id reference } } }\n  }\n"): (typeof documents)["\n  query BookingCounterPayments($id: ID!) {\n    booking(id: $id) { id counterPayments { id createdAt totalHalalas refundedHalalas parts { method amountHalalas } invoice { id reference } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundCounterPayment($input: RefundCounterPaymentInput!) {\n    refundCounterPayment(input: $input) { counterPayment { id refundedHalalas } creditNote { id reference totalHalalas } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation RefundCounterPayment($input: RefundCounterPaymentInput!) {\n    refundCounterPayment(input: $input) { counterPayment { id refundedHalalas } creditNote { id reference totalHalalas } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFrontDeskBooking($input: CreateFrontDeskBookingInput!) {\n    createFrontDeskBooking(input: $input) { booking { id status startsAt channel } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CreateFrontDeskBooking($input: CreateFrontDeskBookingInput!) {\n    createFrontDeskBooking(input: $input) { booking { id status startsAt channel } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWalkInBooking($input: CreateWalkInBookingInput!) {\n    createWalkInBooking(input: $input) { booking { id status startsAt channel } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CreateWalkInBooking($input: CreateWalkInBookingInput!) {\n    createWalkInBooking(input: $input) { booking { id status startsAt channel } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrontDeskVisitStarts($input: FrontDeskVisitStartsInput!) {\n    frontDeskVisitStarts(input: $input) { startsAt endsAt parts { startsAt endsAt staff { id displayName } } }\n  }\n"): (typeof documents)["\n  query FrontDeskVisitStarts($input: FrontDeskVisitStartsInput!) {\n    frontDeskVisitStarts(input: $input) { startsAt endsAt parts { startsAt endsAt staff { id displayName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFrontDeskVisit($input: CreateFrontDeskVisitInput!) {\n    createFrontDeskVisit(input: $input) { visit { id totalHalalas startsAt parts { id startsAt } } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CreateFrontDeskVisit($input: CreateFrontDeskVisitInput!) {\n    createFrontDeskVisit(input: $input) { visit { id totalHalalas startsAt parts { id startsAt } } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInvitations { myInvitations { id role displayName salon { id name } } }\n"): (typeof documents)["\n  query MyInvitations { myInvitations { id role displayName salon { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: SalonInvitationInput!) { acceptSalonInvitation(input: $input) { invitation { id status } errors { message } } }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: SalonInvitationInput!) { acceptSalonInvitation(input: $input) { invitation { id status } errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInvitation($input: SalonInvitationInput!) { declineSalonInvitation(input: $input) { invitation { id status } errors { message } } }\n"): (typeof documents)["\n  mutation DeclineInvitation($input: SalonInvitationInput!) { declineSalonInvitation(input: $input) { invitation { id status } errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalonInvoices($salonId: ID!, $date: Date!, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    salon(id: $salonId) { id taxDetails { vatNumber legalNameAr legalNameEn } }\n    salonTakings(salonId: $salonId, date: $date) {\n      date onlineHalalas counterHalalas refundsHalalas netHalalas vatHalalas invoiceCount creditNoteCount byMeans { method takenHalalas refundedHalalas }\n    }\n    salonInvoices(salonId: $salonId, from: $from, to: $to, first: $first, after: $after) {\n      edges { node { id kind reference issuedAt totalHalalas vatHalalas vatNumber originalInvoice { reference } paymentMeans { method amountHalalas } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query SalonInvoices($salonId: ID!, $date: Date!, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    salon(id: $salonId) { id taxDetails { vatNumber legalNameAr legalNameEn } }\n    salonTakings(salonId: $salonId, date: $date) {\n      date onlineHalalas counterHalalas refundsHalalas netHalalas vatHalalas invoiceCount creditNoteCount byMeans { method takenHalalas refundedHalalas }\n    }\n    salonInvoices(salonId: $salonId, from: $from, to: $to, first: $first, after: $after) {\n      edges { node { id kind reference issuedAt totalHalalas vatHalalas vatNumber originalInvoice { reference } paymentMeans { method amountHalalas } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSalonTaxDetails($input: UpdateSalonTaxDetailsInput!) {\n    updateSalonTaxDetails(input: $input) { taxDetails { vatNumber legalNameAr legalNameEn } errors { message field } }\n  }\n"): (typeof documents)["\n  mutation UpdateSalonTaxDetails($input: UpdateSalonTaxDetailsInput!) {\n    updateSalonTaxDetails(input: $input) { taxDetails { vatNumber legalNameAr legalNameEn } errors { message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMessageChannel { me { id preferredChannel } }\n"): (typeof documents)["\n  query MyMessageChannel { me { id preferredChannel } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyMessageChannel($channel: MessageChannel!) {\n    updateProfile(input: { preferredChannel: $channel }) { user { id preferredChannel } errors { message } }\n  }\n"): (typeof documents)["\n  mutation SetMyMessageChannel($channel: MessageChannel!) {\n    updateProfile(input: { preferredChannel: $channel }) { user { id preferredChannel } errors { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMarketingConsent { me { id marketingConsent { granted source recordedAt } } }\n"): (typeof documents)["\n  query MyMarketingConsent { me { id marketingConsent { granted source recordedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyMarketingConsent($granted: Boolean!) {\n    setMarketingConsent(input: { granted: $granted }) { consent { granted source recordedAt } errors { message } }\n  }\n"): (typeof documents)["\n  mutation SetMyMarketingConsent($granted: Boolean!) {\n    setMarketingConsent(input: { granted: $granted }) { consent { granted source recordedAt } errors { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataExport { myDataExport { generatedAt fileName json } }\n"): (typeof documents)["\n  query MyDataExport { myDataExport { generatedAt fileName json } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMyDeletionCode { requestAccountDeletionCode(input: {}) { requestId errors { code message } } }\n"): (typeof documents)["\n  mutation RequestMyDeletionCode { requestAccountDeletionCode(input: {}) { requestId errors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted cancelledBookings errors { code message field } } }\n"): (typeof documents)["\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted cancelledBookings errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveName($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id firstName displayName needsName } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation GiveName($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id firstName displayName needsName } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentSettings { paymentSettings { publishableKey tokenUrl applePayStandIn applePayDisplayName } }\n"): (typeof documents)["\n  query PaymentSettings { paymentSettings { publishableKey tokenUrl applePayStandIn applePayDisplayName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidateApplePayMerchant($input: ValidateApplePayMerchantInput!) {\n    validateApplePayMerchant(input: $input) { merchantSession errors { code message } }\n  }\n"): (typeof documents)["\n  mutation ValidateApplePayMerchant($input: ValidateApplePayMerchantInput!) {\n    validateApplePayMerchant(input: $input) { merchantSession errors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) { payment { id status transactionUrl } errors { code message } }\n  }\n"): (typeof documents)["\n  mutation StartPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) { payment { id status transactionUrl } errors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalonPaymentPolicy($id: ID!) {\n    salon(id: $id) {\n      id\n      paymentPolicy { prepayment deposit { percent halalas } noShowFee { percent halalas } noShowGraceMinutes lateCancelFee { percent halalas } lateCancelWindowHours }\n      services {\n        id name priceHalalas\n        paymentPolicyOverride { prepayment deposit { percent halalas } noShowFee { percent halalas } noShowGraceMinutes lateCancelFee { percent halalas } lateCancelWindowHours }\n        paymentTerms { prepayment onlineDueHalalas guarantee }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SalonPaymentPolicy($id: ID!) {\n    salon(id: $id) {\n      id\n      paymentPolicy { prepayment deposit { percent halalas } noShowFee { percent halalas } noShowGraceMinutes lateCancelFee { percent halalas } lateCancelWindowHours }\n      services {\n        id name priceHalalas\n        paymentPolicyOverride { prepayment deposit { percent halalas } noShowFee { percent halalas } noShowGraceMinutes lateCancelFee { percent halalas } lateCancelWindowHours }\n        paymentTerms { prepayment onlineDueHalalas guarantee }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveServicePaymentPolicy($input: RemoveServicePaymentPolicyInput!) {\n    removeServicePaymentPolicy(input: $input) { service { id } errors { message } }\n  }\n"): (typeof documents)["\n  mutation RemoveServicePaymentPolicy($input: RemoveServicePaymentPolicyInput!) {\n    removeServicePaymentPolicy(input: $input) { service { id } errors { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPaymentPolicy($input: SetPaymentPolicyInput!) {\n    setPaymentPolicy(input: $input) { policy { prepayment } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation SetPaymentPolicy($input: SetPaymentPolicyInput!) {\n    setPaymentPolicy(input: $input) { policy { prepayment } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStylistPhotoConsent($input: SetStylistPhotoConsentInput!) { setStylistPhotoConsent(input: $input) { consent { granted recordedAt } errors { message } } }\n"): (typeof documents)["\n  mutation SetStylistPhotoConsent($input: SetStylistPhotoConsentInput!) { setStylistPhotoConsent(input: $input) { consent { granted recordedAt } errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerPhotos($id: ID!) {\n    salon(id: $id) {\n      id photos { id url srcset position }\n      services { id name photos { id url srcset position } }\n      staff { id displayName photoConsent photos { id url srcset position } }\n    }\n  }\n"): (typeof documents)["\n  query ManagerPhotos($id: ID!) {\n    salon(id: $id) {\n      id photos { id url srcset position }\n      services { id name photos { id url srcset position } }\n      staff { id displayName photoConsent photos { id url srcset position } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderPhotos($input: ReorderPhotosInput!) { reorderPhotos(input: $input) { photos { id position } errors { message } } }\n"): (typeof documents)["\n  mutation ReorderPhotos($input: ReorderPhotosInput!) { reorderPhotos(input: $input) { photos { id position } errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePhoto($input: DeletePhotoInput!) { deletePhoto(input: $input) { deletedPhotoId errors { message } } }\n"): (typeof documents)["\n  mutation DeletePhoto($input: DeletePhotoInput!) { deletePhoto(input: $input) { deletedPhotoId errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportedReviews { reportedReviews(first: 50) { edges { node { id rating comment reportedAt reportReason salon { id name } customer { displayName } } } } }\n"): (typeof documents)["\n  query ReportedReviews { reportedReviews(first: 50) { edges { node { id rating comment reportedAt reportReason salon { id name } customer { displayName } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideReview($input: HideReviewInput!) { hideReview(input: $input) { review { id hiddenAt } errors { message field } } }\n"): (typeof documents)["\n  mutation HideReview($input: HideReviewInput!) { hideReview(input: $input) { review { id hiddenAt } errors { message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissReviewReport($input: DismissReviewReportInput!) { dismissReviewReport(input: $input) { review { id reportDismissedAt } errors { message } } }\n"): (typeof documents)["\n  mutation DismissReviewReport($input: DismissReviewReportInput!) { dismissReviewReport(input: $input) { review { id reportDismissedAt } errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleMyBooking($input: RescheduleBookingInput!) {\n    rescheduleBooking(input: $input) { booking { id startsAt status } errors { code message } }\n  }\n"): (typeof documents)["\n  mutation RescheduleMyBooking($input: RescheduleBookingInput!) {\n    rescheduleBooking(input: $input) { booking { id startsAt status } errors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalonCalendar($salonId: ID!, $date: Date!, $days: Int, $staffId: ID) {\n    salonCalendar(salonId: $salonId, date: $date, days: $days, staffId: $staffId) {\n      timeZone slotIntervalMinutes now\n      days { date startsAt endsAt closed closureReason scheduleName }\n      columns {\n        staff { id displayName services { id name durationMinutes priceHalalas } }\n        workingHours { startsAt endsAt }\n        timeOff { startsAt endsAt reason }\n        bookings { id status version checkedInAt startsAt endsAt blockedUntil customer { displayName } customerPhoneNumber service { id name } staff { id displayName } payment { status } fee { kind amountHalalas status chargedToSavedCard }\n          visitPosition visit { id startsAt parts { id service { id } staff { id } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SalonCalendar($salonId: ID!, $date: Date!, $days: Int, $staffId: ID) {\n    salonCalendar(salonId: $salonId, date: $date, days: $days, staffId: $staffId) {\n      timeZone slotIntervalMinutes now\n      days { date startsAt endsAt closed closureReason scheduleName }\n      columns {\n        staff { id displayName services { id name durationMinutes priceHalalas } }\n        workingHours { startsAt endsAt }\n        timeOff { startsAt endsAt reason }\n        bookings { id status version checkedInAt startsAt endsAt blockedUntil customer { displayName } customerPhoneNumber service { id name } staff { id displayName } payment { status } fee { kind amountHalalas status chargedToSavedCard }\n          visitPosition visit { id startsAt parts { id service { id } staff { id } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerReviews($id: ID!) {\n    salon(id: $id) { id reviews(first: 20) { edges { node { id rating comment createdAt reportedAt customer { displayName } reply { text editedAt } } } } }\n  }\n"): (typeof documents)["\n  query ManagerReviews($id: ID!) {\n    salon(id: $id) { id reviews(first: 20) { edges { node { id rating comment createdAt reportedAt customer { displayName } reply { text editedAt } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToReview($input: ReplyToReviewInput!) { replyToReview(input: $input) { review { id reply { text createdAt editedAt } } errors { message field } } }\n"): (typeof documents)["\n  mutation ReplyToReview($input: ReplyToReviewInput!) { replyToReview(input: $input) { review { id reply { text createdAt editedAt } } errors { message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportReview($input: ReportReviewInput!) { reportReview(input: $input) { review { id reportedAt reportReason } errors { message field } } }\n"): (typeof documents)["\n  mutation ReportReview($input: ReportReviewInput!) { reportReview(input: $input) { review { id reportedAt reportReason } errors { message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalonCities {\n    salonCities { city districts { name latitude longitude } }\n  }\n"): (typeof documents)["\n  query SalonCities {\n    salonCities { city districts { name latitude longitude } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmStcPayment($input: ConfirmStcPaymentInput!) {\n    confirmStcPayment(input: $input) { payment { id status } errors { code message } }\n  }\n"): (typeof documents)["\n  mutation ConfirmStcPayment($input: ConfirmStcPaymentInput!) {\n    confirmStcPayment(input: $input) { payment { id status } errors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalonTeam($salonId: ID!) {\n    salonTeam(salonId: $salonId) {\n      members { role phoneNumber user { id displayName } }\n      stylists { id displayName isActive }\n      invitations { id phoneNumber role displayName }\n      bookingsToHandle { id version startsAt service { name } customer { displayName } staff { displayName } }\n    }\n  }\n"): (typeof documents)["\n  query SalonTeam($salonId: ID!) {\n    salonTeam(salonId: $salonId) {\n      members { role phoneNumber user { id displayName } }\n      stylists { id displayName isActive }\n      invitations { id phoneNumber role displayName }\n      bookingsToHandle { id version startsAt service { name } customer { displayName } staff { displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToSalon($input: InviteToSalonInput!) { inviteToSalon(input: $input) { invitation { id } errors { message field } } }\n"): (typeof documents)["\n  mutation InviteToSalon($input: InviteToSalonInput!) { inviteToSalon(input: $input) { invitation { id } errors { message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($input: SalonInvitationInput!) { revokeSalonInvitation(input: $input) { invitation { id status } errors { message } } }\n"): (typeof documents)["\n  mutation RevokeInvitation($input: SalonInvitationInput!) { revokeSalonInvitation(input: $input) { invitation { id status } errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateStylist($input: DeactivateStaffMemberInput!) { deactivateStaffMember(input: $input) { staffMember { id isActive } bookingsToHandle { id } errors { message } } }\n"): (typeof documents)["\n  mutation DeactivateStylist($input: DeactivateStaffMemberInput!) { deactivateStaffMember(input: $input) { staffMember { id isActive } bookingsToHandle { id } errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveLeftBooking($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id staff { id } } errors { message } } }\n"): (typeof documents)["\n  mutation MoveLeftBooking($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id staff { id } } errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelLeftBooking($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status } errors { message } } }\n"): (typeof documents)["\n  mutation CancelLeftBooking($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status } errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeSalonMemberRoleInput!) { changeSalonMemberRole(input: $input) { member { role user { id } } errors { code message } } }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeSalonMemberRoleInput!) { changeSalonMemberRole(input: $input) { member { role user { id } } errors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTimeOff($id: ID!) { staffMember(id: $id) { id timeOff { id startsAt endsAt reason } } }\n"): (typeof documents)["\n  query StaffTimeOff($id: ID!) { staffMember(id: $id) { id timeOff { id startsAt endsAt reason } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTimeOff($input: AddTimeOffInput!) { addTimeOff(input: $input) { timeOff { id } errors { message field } } }\n"): (typeof documents)["\n  mutation AddTimeOff($input: AddTimeOffInput!) { addTimeOff(input: $input) { timeOff { id } errors { message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTimeOff($input: RemoveTimeOffInput!) { removeTimeOff(input: $input) { removedTimeOffId errors { message } } }\n"): (typeof documents)["\n  mutation RemoveTimeOff($input: RemoveTimeOffInput!) { removeTimeOff(input: $input) { removedTimeOffId errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailableVisitDays($input: AvailableVisitDaysInput!) { availableVisitDays(input: $input) }\n"): (typeof documents)["\n  query AvailableVisitDays($input: AvailableVisitDaysInput!) { availableVisitDays(input: $input) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailableVisitStarts($input: AvailableVisitStartsInput!) {\n    availableVisitStarts(input: $input) { startsAt endsAt parts { startsAt endsAt staff { id displayName } } }\n  }\n"): (typeof documents)["\n  query AvailableVisitStarts($input: AvailableVisitStartsInput!) {\n    availableVisitStarts(input: $input) { startsAt endsAt parts { startsAt endsAt staff { id displayName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookVisit($input: BookVisitInput!) {\n    bookVisit(input: $input) {\n      visit { id totalHalalas parts { id holdExpiresAt nextPayment { purpose amountHalalas savesCard } } }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation BookVisit($input: BookVisitInput!) {\n    bookVisit(input: $input) {\n      visit { id totalHalalas parts { id holdExpiresAt nextPayment { purpose amountHalalas savesCard } } }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleVisit($input: RescheduleVisitInput!) {\n    rescheduleVisit(input: $input) { visit { id startsAt parts { id startsAt endsAt version } } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation RescheduleVisit($input: RescheduleVisitInput!) {\n    rescheduleVisit(input: $input) { visit { id startsAt parts { id startsAt endsAt version } } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinWaitlist($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { entry { id status } errors { code message field } } }\n"): (typeof documents)["\n  mutation JoinWaitlist($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { entry { id status } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitlistOffer($id: ID!) {\n    waitlistOffer(id: $id) {\n      id status startsAt expiresAt staff { id displayName }\n      booking { id status priceHalalas salon { id name timeZone } service { id name durationMinutes } }\n    }\n  }\n"): (typeof documents)["\n  query WaitlistOffer($id: ID!) {\n    waitlistOffer(id: $id) {\n      id status startsAt expiresAt staff { id displayName }\n      booking { id status priceHalalas salon { id name timeZone } service { id name durationMinutes } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptWaitlistOffer($input: AcceptWaitlistOfferInput!) {\n    acceptWaitlistOffer(input: $input) { booking { id status holdExpiresAt nextPayment { purpose amountHalalas savesCard } } offer { id status } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AcceptWaitlistOffer($input: AcceptWaitlistOfferInput!) {\n    acceptWaitlistOffer(input: $input) { booking { id status holdExpiresAt nextPayment { purpose amountHalalas savesCard } } offer { id status } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWaitlist {\n    myWaitlist { id status dateFrom dateTo partOfDay timeFrom timeTo service { id name } salon { id name timeZone } staff { id displayName } offer { id startsAt expiresAt } }\n  }\n"): (typeof documents)["\n  query MyWaitlist {\n    myWaitlist { id status dateFrom dateTo partOfDay timeFrom timeTo service { id name } salon { id name timeZone } staff { id displayName } offer { id startsAt expiresAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveWaitlist($input: LeaveWaitlistInput!) { leaveWaitlist(input: $input) { entry { id status } errors { code message } } }\n"): (typeof documents)["\n  mutation LeaveWaitlist($input: LeaveWaitlistInput!) { leaveWaitlist(input: $input) { entry { id status } errors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalonWaitlist($salonId: ID!) {\n    salonWaitlist(salonId: $salonId) { id status customerName dateFrom dateTo partOfDay timeFrom timeTo service { id name } staff { id displayName } offer { id startsAt expiresAt } }\n  }\n"): (typeof documents)["\n  query SalonWaitlist($salonId: ID!) {\n    salonWaitlist(salonId: $salonId) { id status customerName dateFrom dateTo partOfDay timeFrom timeTo service { id name } staff { id displayName } offer { id startsAt expiresAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffWeeklyHours($id: ID!) { staffMember(id: $id) { id weeklyHours { weekday startTime endTime } } }\n"): (typeof documents)["\n  query StaffWeeklyHours($id: ID!) { staffMember(id: $id) { id weeklyHours { weekday startTime endTime } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWeeklyHours($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { staffMember { id weeklyHours { weekday startTime endTime } } errors { message field } } }\n"): (typeof documents)["\n  mutation SetWeeklyHours($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { staffMember { id weeklyHours { weekday startTime endTime } } errors { message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalonScheduleExceptions($id: ID!, $year: Int!, $nextYear: Int!) {\n    salon(id: $id) {\n      id\n      thisYear: scheduleExceptions(year: $year) { id name startDate endDate calendar ranges { startTime endTime } }\n      nextYear: scheduleExceptions(year: $nextYear) { id name startDate endDate calendar ranges { startTime endTime } }\n    }\n  }\n"): (typeof documents)["\n  query SalonScheduleExceptions($id: ID!, $year: Int!, $nextYear: Int!) {\n    salon(id: $id) {\n      id\n      thisYear: scheduleExceptions(year: $year) { id name startDate endDate calendar ranges { startTime endTime } }\n      nextYear: scheduleExceptions(year: $nextYear) { id name startDate endDate calendar ranges { startTime endTime } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddScheduleException($input: AddScheduleExceptionInput!) { addScheduleException(input: $input) { exception { id } errors { message field } } }"): (typeof documents)["mutation AddScheduleException($input: AddScheduleExceptionInput!) { addScheduleException(input: $input) { exception { id } errors { message field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateScheduleException($input: UpdateScheduleExceptionInput!) { updateScheduleException(input: $input) { exception { id } errors { message field } } }"): (typeof documents)["mutation UpdateScheduleException($input: UpdateScheduleExceptionInput!) { updateScheduleException(input: $input) { exception { id } errors { message field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveScheduleException($input: RemoveScheduleExceptionInput!) { removeScheduleException(input: $input) { removedExceptionId errors { message } } }"): (typeof documents)["mutation RemoveScheduleException($input: RemoveScheduleExceptionInput!) { removeScheduleException(input: $input) { removedExceptionId errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CopyScheduleExceptions($input: CopyScheduleExceptionsInput!) { copyScheduleExceptions(input: $input) { exceptions { id } errors { message } } }"): (typeof documents)["mutation CopyScheduleExceptions($input: CopyScheduleExceptionsInput!) { copyScheduleExceptions(input: $input) { exceptions { id } errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalonOpeningHours($id: ID!) { salon(id: $id) { id openingHours { id weekday startTime endTime } } }\n"): (typeof documents)["\n  query SalonOpeningHours($id: ID!) { salon(id: $id) { id openingHours { id weekday startTime endTime } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { salon { id openingHours { id weekday startTime endTime } } errors { message field } } }\n"): (typeof documents)["\n  mutation SetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { salon { id openingHours { id weekday startTime endTime } } errors { message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id firstName lastName displayName needsName role phoneNumber email preferredLanguage isPlatformAdmin }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id firstName lastName displayName needsName role phoneNumber email preferredLanguage isPlatformAdmin }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLanguage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id preferredLanguage } errors { message } }\n  }\n"): (typeof documents)["\n  mutation SaveLanguage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id preferredLanguage } errors { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut(input: {}) { signedOut }\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut(input: {}) { signedOut }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationQueue {\n    salonApplications(status: PENDING, first: 50) {\n      edges { node { id nameAr nameEn city district latitude longitude commercialRegistrationNumber vatNumber clientele createdAt applicant { id displayName } } }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationQueue {\n    salonApplications(status: PENDING, first: 50) {\n      edges { node { id nameAr nameEn city district latitude longitude commercialRegistrationNumber vatNumber clientele createdAt applicant { id displayName } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformSalons { platformSalons(first: 100) { edges { node { id name isActive suspendedAt suspensionReason } } } }\n"): (typeof documents)["\n  query PlatformSalons { platformSalons(first: 100) { edges { node { id name isActive suspendedAt suspensionReason } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveApplication($input: ApproveSalonApplicationInput!) { approveSalonApplication(input: $input) { application { id status } errors { message } } }\n"): (typeof documents)["\n  mutation ApproveApplication($input: ApproveSalonApplicationInput!) { approveSalonApplication(input: $input) { application { id status } errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectApplication($input: RejectSalonApplicationInput!) { rejectSalonApplication(input: $input) { application { id status } errors { message field } } }\n"): (typeof documents)["\n  mutation RejectApplication($input: RejectSalonApplicationInput!) { rejectSalonApplication(input: $input) { application { id status } errors { message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendSalon($input: SuspendSalonInput!) { suspendSalon(input: $input) { salon { id isActive suspendedAt suspensionReason } errors { message field } } }\n"): (typeof documents)["\n  mutation SuspendSalon($input: SuspendSalonInput!) { suspendSalon(input: $input) { salon { id isActive suspendedAt suspensionReason } errors { message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateSalon($input: ReinstateSalonInput!) { reinstateSalon(input: $input) { salon { id isActive suspendedAt suspensionReason } errors { message } } }\n"): (typeof documents)["\n  mutation ReinstateSalon($input: ReinstateSalonInput!) { reinstateSalon(input: $input) { salon { id isActive suspendedAt suspensionReason } errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApplications { myApplications { id nameAr nameEn status rejectionReason salon { id } } }\n"): (typeof documents)["\n  query MyApplications { myApplications { id nameAr nameEn status rejectionReason salon { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyToListSalon($input: ApplyToListSalonInput!) { applyToListSalon(input: $input) { application { id status } errors { message field } } }\n"): (typeof documents)["\n  mutation ApplyToListSalon($input: ApplyToListSalonInput!) { applyToListSalon(input: $input) { application { id status } errors { message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBookings($upcoming: Boolean, $after: String) {\n    myBookings(filter: { upcoming: $upcoming }, first: 20, after: $after) {\n      edges {\n        node {\n          id status startsAt priceHalalas holdExpiresAt cancellableUntil\n          salon { id name timeZone cancellationCutoffHours phone }\n          service { id name }\n          staff { id displayName }\n          payment { status }\n          nextPayment { purpose amountHalalas savesCard }\n          paymentTerms { prepayment onlineDueHalalas guarantee balanceHalalas noShowFeeHalalas noShowGraceMinutes lateCancelFeeHalalas lateCancelWindowHours savesCard savesCardBeyondDays }\n          fee { kind amountHalalas status chargedToSavedCard }\n          invoices { id kind reference }\n          visitPosition\n          visit { id totalHalalas parts { id service { id } staff { id } } }\n          review { id rating comment editableUntil hiddenAt hiddenReason }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query MyBookings($upcoming: Boolean, $after: String) {\n    myBookings(filter: { upcoming: $upcoming }, first: 20, after: $after) {\n      edges {\n        node {\n          id status startsAt priceHalalas holdExpiresAt cancellableUntil\n          salon { id name timeZone cancellationCutoffHours phone }\n          service { id name }\n          staff { id displayName }\n          payment { status }\n          nextPayment { purpose amountHalalas savesCard }\n          paymentTerms { prepayment onlineDueHalalas guarantee balanceHalalas noShowFeeHalalas noShowGraceMinutes lateCancelFeeHalalas lateCancelWindowHours savesCard savesCardBeyondDays }\n          fee { kind amountHalalas status chargedToSavedCard }\n          invoices { id kind reference }\n          visitPosition\n          visit { id totalHalalas parts { id service { id } staff { id } } }\n          review { id rating comment editableUntil hiddenAt hiddenReason }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMyBooking($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status } errors { code message } } }\n"): (typeof documents)["\n  mutation CancelMyBooking($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status } errors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewBooking($input: CreateReviewInput!) { createReview(input: $input) { review { id } errors { code message } } }\n"): (typeof documents)["\n  mutation ReviewBooking($input: CreateReviewInput!) { createReview(input: $input) { review { id } errors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMyReview($input: EditReviewInput!) { editReview(input: $input) { review { id rating comment editedAt } errors { code message } } }\n"): (typeof documents)["\n  mutation EditMyReview($input: EditReviewInput!) { editReview(input: $input) { review { id rating comment editedAt } errors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeSalons($first: Int!, $after: String, $filter: SalonFilter) {\n    salons(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          city\n          district\n          ratingAverage\n          reviewCount\n          distanceMeters\n          services { id }\n          priceRange { minHalalas maxHalalas }\n          photos { url }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query HomeSalons($first: Int!, $after: String, $filter: SalonFilter) {\n    salons(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          city\n          district\n          ratingAverage\n          reviewCount\n          distanceMeters\n          services { id }\n          priceRange { minHalalas maxHalalas }\n          photos { url }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceDocument($id: ID!) {\n    invoice(id: $id) {\n      id kind number reference issuedAt sellerNameAr sellerNameEn vatNumber sellerAddress totalHalalas vatHalalas currency qrCode reason\n      lines { descriptionAr descriptionEn quantity unitPriceHalalas totalHalalas vatHalalas }\n      paymentMeans { method amountHalalas }\n      originalInvoice { id reference }\n      booking { id salon { timeZone } }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceDocument($id: ID!) {\n    invoice(id: $id) {\n      id kind number reference issuedAt sellerNameAr sellerNameEn vatNumber sellerAddress totalHalalas vatHalalas currency qrCode reason\n      lines { descriptionAr descriptionEn quantity unitPriceHalalas totalHalalas vatHalalas }\n      paymentMeans { method amountHalalas }\n      originalInvoice { id reference }\n      booking { id salon { timeZone } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCode($input: RequestPhoneCodeInput!) {\n    requestPhoneCode(input: $input) { requestId expiresAt retryAfterSeconds errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation RequestCode($input: RequestPhoneCodeInput!) {\n    requestPhoneCode(input: $input) { requestId expiresAt retryAfterSeconds errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyCode($input: VerifyPhoneCodeInput!) {\n    verifyPhoneCode(input: $input) { accessToken refreshToken user { id firstName role } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation VerifyCode($input: VerifyPhoneCodeInput!) {\n    verifyPhoneCode(input: $input) { accessToken refreshToken user { id firstName role } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySalons { mySalons { id name nameAr nameEn descriptionAr descriptionEn phone timeZone requiresPrepayment autoConfirm cancellationCutoffHours minimumNoticeMinutes } }\n"): (typeof documents)["\n  query MySalons { mySalons { id name nameAr nameEn descriptionAr descriptionEn phone timeZone requiresPrepayment autoConfirm cancellationCutoffHours minimumNoticeMinutes } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalonPayments($salonId: ID!) {\n    salonPayments(salonId: $salonId, first: 20) {\n      edges { node { id status amountHalalas refundedHalalas cardCompany cardLast4 createdAt booking { id service { name } customer { displayName } } } }\n    }\n  }\n"): (typeof documents)["\n  query SalonPayments($salonId: ID!) {\n    salonPayments(salonId: $salonId, first: 20) {\n      edges { node { id status amountHalalas refundedHalalas cardCompany cardLast4 createdAt booking { id service { name } customer { displayName } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundFromManager($input: RefundPaymentInput!) { refundPayment(input: $input) { payment { id status refundedHalalas } errors { code message } } }\n"): (typeof documents)["\n  mutation RefundFromManager($input: RefundPaymentInput!) { refundPayment(input: $input) { payment { id status refundedHalalas } errors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSalonSettings($input: UpdateSalonInput!) {\n    updateSalon(input: $input) { salon { id name nameAr nameEn descriptionAr descriptionEn phone requiresPrepayment autoConfirm cancellationCutoffHours minimumNoticeMinutes } errors { message field } }\n  }\n"): (typeof documents)["\n  mutation UpdateSalonSettings($input: UpdateSalonInput!) {\n    updateSalon(input: $input) { salon { id name nameAr nameEn descriptionAr descriptionEn phone requiresPrepayment autoConfirm cancellationCutoffHours minimumNoticeMinutes } errors { message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id firstName lastName email preferredLanguage } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id firstName lastName email preferredLanguage } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSalons { mySalons { id name timeZone } }\n"): (typeof documents)["\n  query ReportSalons { mySalons { id name timeZone } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalonReport($salonId: ID!, $period: ReportPeriod!, $date: Date!, $to: Date) {\n    salonReport(salonId: $salonId, period: $period, date: $date, to: $to) {\n      salonId timeZone period\n      current {\n        range { startDate endDate }\n        revenue { grossHalalas refundsHalalas netHalalas vatHalalas onlineHalalas counterHalalas }\n        bookings { count byStatus { status count } noShowRate cancellationRate }\n        utilisation { staffId staff { id displayName } bookedMinutes availableMinutes rate }\n        topServices { serviceId service { id name } bookingCount bookedHalalas }\n        customers { newCustomers returningCustomers }\n      }\n      previous {\n        range { startDate endDate }\n        revenue { grossHalalas refundsHalalas netHalalas vatHalalas onlineHalalas counterHalalas }\n        bookings { count byStatus { status count } noShowRate cancellationRate }\n        utilisation { staffId staff { id displayName } bookedMinutes availableMinutes rate }\n        topServices { serviceId service { id name } bookingCount bookedHalalas }\n        customers { newCustomers returningCustomers }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SalonReport($salonId: ID!, $period: ReportPeriod!, $date: Date!, $to: Date) {\n    salonReport(salonId: $salonId, period: $period, date: $date, to: $to) {\n      salonId timeZone period\n      current {\n        range { startDate endDate }\n        revenue { grossHalalas refundsHalalas netHalalas vatHalalas onlineHalalas counterHalalas }\n        bookings { count byStatus { status count } noShowRate cancellationRate }\n        utilisation { staffId staff { id displayName } bookedMinutes availableMinutes rate }\n        topServices { serviceId service { id name } bookingCount bookedHalalas }\n        customers { newCustomers returningCustomers }\n      }\n      previous {\n        range { startDate endDate }\n        revenue { grossHalalas refundsHalalas netHalalas vatHalalas onlineHalalas counterHalalas }\n        bookings { count byStatus { status count } noShowRate cancellationRate }\n        utilisation { staffId staff { id displayName } bookedMinutes availableMinutes rate }\n        topServices { serviceId service { id name } bookingCount bookedHalalas }\n        customers { newCustomers returningCustomers }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalonPage($id: ID!, $after: String) {\n    salon(id: $id) {\n      id name description city district address phone timeZone ratingAverage reviewCount requiresPrepayment cancellationCutoffHours\n      priceRange { minHalalas maxHalalas }\n      photos { url srcset width height position }\n      services { id name category durationMinutes priceHalalas paymentTerms { prepayment onlineDueHalalas guarantee balanceHalalas noShowFeeHalalas noShowGraceMinutes lateCancelFeeHalalas lateCancelWindowHours savesCardBeyondDays } }\n      staff { id displayName bio services { id } }\n      reviews(first: 5, after: $after) { edges { cursor node { id rating comment createdAt customer { displayName } service { id name } staff { id displayName } reply { text } } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"): (typeof documents)["\n  query SalonPage($id: ID!, $after: String) {\n    salon(id: $id) {\n      id name description city district address phone timeZone ratingAverage reviewCount requiresPrepayment cancellationCutoffHours\n      priceRange { minHalalas maxHalalas }\n      photos { url srcset width height position }\n      services { id name category durationMinutes priceHalalas paymentTerms { prepayment onlineDueHalalas guarantee balanceHalalas noShowFeeHalalas noShowGraceMinutes lateCancelFeeHalalas lateCancelWindowHours savesCardBeyondDays } }\n      staff { id displayName bio services { id } }\n      reviews(first: 5, after: $after) { edges { cursor node { id rating comment createdAt customer { displayName } service { id name } staff { id displayName } reply { text } } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorkplaces { myWorkplaces { roles salon { id name timeZone } staffMember { id photoConsent } } }\n"): (typeof documents)["\n  query MyWorkplaces { myWorkplaces { roles salon { id name timeZone } staffMember { id photoConsent } } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;