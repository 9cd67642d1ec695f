import { Injectable } from '@nestjs/common';

/**
 * The referenceId an operation's reply carries, which the notification it causes echoes. Unique enough per
 * gateway: a desktop only ever matches it against its own requests' notifications.
 */
@Injectable()
export class ReferenceIds {
  private last = Math.floor(Math.random() * 1_000_000);

  next(): number {
    this.last = (this.last + 1) % 2 ** 31;
    return this.last;
  }
}
