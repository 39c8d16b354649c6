import { Type } from '@mikro-orm/core';

/** A salon wall-clock time: PostgreSQL `time(0)` in the database, "HH:MM" in the application ("24:00" = midnight). */
export class WallTimeType extends Type<string, string> {
  override convertToJSValue(value: string): string {
    return typeof value === 'string' ? value.slice(0, 5) : value;
  }

  override getColumnType(): string {
    return 'time(0)';
  }
}
