import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { connectionType } from '../../graphql/relay';
import { DateTimeScalar } from '../../graphql/scalars';
import { Review } from '../catalog/photo-review.entity';

const errorsField = (codes: string) => Field(() => [UserError], { description: `Why nothing changed: ${codes}.` });

export const ReportedReviewConnection = connectionType('ReportedReview', Review, 'reported review');

@ObjectType({ description: "The salon's answer to a review, shown under it." })
export class ReviewReply {
  @Field(() => String, { description: 'What the salon wrote.' }) text!: string;
  @Field(() => DateTimeScalar, { description: 'When the salon first replied.' }) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the reply was last edited; null if never.' }) editedAt?: Date | null;
}

@InputType({ description: "Reply to a review of the manager's salon, or edit the reply." })
export class ReplyToReviewInput {
  @Field(() => ID, { description: 'The review.' }) reviewId!: string;
  @Field(() => String, { description: 'The reply, 1 to 2000 characters.' }) text!: string;
}

@InputType({ description: 'Change your own review, within 14 days of writing it.' })
export class EditReviewInput {
  @Field(() => ID, { description: 'The review.' }) reviewId!: string;
  @Field(() => Int, { description: 'Stars, 1 to 5.' }) rating!: number;
  @Field(() => String, { nullable: true, description: 'Free text, up to 2000 characters; empty or null for none.' }) comment?: string | null;
}

@InputType({ description: 'Report an abusive review of your salon to the platform administrators.' })
export class ReportReviewInput {
  @Field(() => ID, { description: 'The review.' }) reviewId!: string;
  @Field(() => String, { description: 'Why, 1 to 500 characters.' }) reason!: string;
}

@InputType({ description: "Hide a review from the salon's page and rating." })
export class HideReviewInput {
  @Field(() => ID, { description: 'The review.' }) reviewId!: string;
  @Field(() => String, { description: 'Why, 1 to 500 characters (the salon and the author may be told).' }) reason!: string;
}

@InputType({ description: 'Leave a reported review up and close its report.' })
export class DismissReviewReportInput {
  @Field(() => ID, { description: 'The review.' }) reviewId!: string;
}

@ObjectType({ description: 'Result of an action on a review.' })
export class ReviewPayload {
  @Field(() => Review, { nullable: true, description: 'The review after the change.' }) review?: Review | null;
  @errorsField('INVALID_INPUT, NOT_FOUND, REVIEW_HIDDEN, REVIEW_EDIT_WINDOW_PASSED, REVIEW_ALREADY_REPORTED') errors!: UserError[];
}
@ObjectType({ description: 'Result of replyToReview.' }) export class ReplyToReviewPayload extends ReviewPayload {}
@ObjectType({ description: 'Result of editReview.' }) export class EditReviewPayload extends ReviewPayload {}
@ObjectType({ description: 'Result of reportReview.' }) export class ReportReviewPayload extends ReviewPayload {}
@ObjectType({ description: 'Result of hideReview.' }) export class HideReviewPayload extends ReviewPayload {}
@ObjectType({ description: 'Result of dismissReviewReport.' }) export class DismissReviewReportPayload extends ReviewPayload {}
