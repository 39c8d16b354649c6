import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Review } from './photo-review.entity';
import { connectionType } from '../../graphql/relay';
import { City, Clientele, Salon } from './salon.entity';
import { ServiceCategory } from './service.entity';
import { SalonOrder } from './list-salons';

registerEnumType(SalonOrder, {
  name: 'SalonOrder',
  description: 'How to sort salons. RELEVANCE ranks by search match with text, else by distance with filter.near, else by rating. DISTANCE (nearest first) needs filter.near.',
});

@InputType({ description: 'A place to search around: the browser\'s location, or a district\'s centre from salonCities.' })
export class NearInput {
  @Field(() => Float, { description: 'Latitude in degrees (−90 to 90).' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude in degrees (−180 to 180).' })
  longitude!: number;

  @Field(() => Float, { nullable: true, description: 'Only salons within this many km (default 50, at most 500).' })
  radiusKm?: number | null;
}

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

  @Field(() => NearInput, { nullable: true, description: 'Only salons near this place; each salon then has its distanceMeters.' })
  near?: NearInput | null;

  @Field(() => Clientele, { nullable: true, description: 'Only salons serving these people: LADIES or GENTS also matches salons for BOTH.' })
  serves?: Clientele | null;

  @Field(() => Boolean, { nullable: true, description: 'Only salons whose stylists come to the customer (within reach of `near` when given).' })
  homeService?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Only salons open now, in each salon's own time zone." })
  openNow?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Only salons with an active service costing at least this, in halalas (VAT included).' })
  minPriceHalalas?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only salons with an active service costing at most this, in halalas (VAT included); with category, the same service must match both.' })
  maxPriceHalalas?: number | null;
}

@ObjectType({ description: 'A district with active salons, and the middle of them, to search near.' })
export class SalonDistrict {
  @Field(() => String, { description: 'District name as the salons give it.' })
  name!: string;

  @Field(() => Int, { description: 'Active salons in the district.' })
  salonCount!: number;

  @Field(() => Float, { nullable: true, description: 'Average latitude of its salons; null when none has a position.' })
  latitude!: number | null;

  @Field(() => Float, { nullable: true, description: 'Average longitude of its salons; null when none has a position.' })
  longitude!: number | null;
}

@ObjectType({ description: 'A city with active salons.' })
export class SalonCity {
  @Field(() => City, { description: 'The city.' })
  city!: City;

  @Field(() => Int, { description: 'Active salons in the city.' })
  salonCount!: number;

  @Field(() => [SalonDistrict], { description: 'Its districts with active salons, by name.' })
  districts!: SalonDistrict[];
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
