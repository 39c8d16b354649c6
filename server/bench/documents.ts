/** The two reads issue 19 measures first, shared by the bench (run.ts) and the profiler (profile-read.ts). */
export const CATALOGUE = `query { salons(first: 20, orderBy: RATING) { edges { node { id name services { id name priceHalalas } staff { id displayName services { id } weeklyHours { weekday startTime endTime } }
  photos { url } reviews(first: 3) { edges { node { rating customer { firstName } } } } } } } }`;
export const SALON = `query($id: ID!) { salon(id: $id) { id name description city district address phone timeZone ratingAverage reviewCount priceRange { minHalalas maxHalalas }
  photos { url position } services { id name category durationMinutes priceHalalas } staff { id displayName bio services { id } weeklyHours { weekday startTime endTime } }
  closures { startDate endDate } reviews(first: 10) { edges { node { rating comment createdAt customer { firstName } } } } } }`;
