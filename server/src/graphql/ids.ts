// Ids are a database fact (uuid columns); the check lives with the SQL helpers and is the API's too.
export { isUuid } from '../db/sql';
