import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Review } from './photo-review.entity';
import { connectionType } from '../../graphql/relay';
import { City, Salon } from './salon.entity';
import { ServiceCategory } from './service.entity';
import { SalonOrder } from './list-salons';

registerEnumType(SalonOrder, {
  name: 'SalonOrder',
  description: 'How to sort salons. RELEVANCE ranks by search match, or by rating when there is no search text.',
});

@InputType({ description: 'Narrows the salon list. Every given criterion must match.' })
export class SalonFilter {
  @Field(() => String, { nullable: true, description: 'Text to find in salon or service names, Arabic or English; small typos are tolerated.' })
  search?: string | null;

  @Field(() => City, { nullable: true, description: 'Only salons in this city.' })
  city?: City | null;

  @Field(() => ServiceCategory, { nullable: true, description: 'Only salons offering a service of this kind.' })
  category?: ServiceCategory | null;

  @Field(() => Float, { nullable: true, description: 'Only salons rated at least this (0–5).' })
  minRating?: number | null;
}

export const SalonConnection = connectionType('Salon', Salon, 'salon');

@ObjectType({ description: 'Cheapest and dearest active service of a salon.' })
export class PriceRange {
  @Field(() => Int, { description: 'Lowest price in halalas.' })
  minHalalas!: number;

  @Field(() => Int, { description: 'Highest price in halalas.' })
  maxHalalas!: number;

  @Field(() => String, { description: 'ISO-4217 currency code.' })
  currency!: string;
}

export const ReviewConnection = connectionType('Review', Review, 'review');
