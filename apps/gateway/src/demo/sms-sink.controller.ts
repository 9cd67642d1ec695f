import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import type { Logger } from '@switchboard/logging';
import { SpeaksDialect } from '../errors/error-profile.js';
import { plainErrors } from '../errors/plain-errors.js';
import { LOGGER } from '../tokens.js';

/**
 * The demo's stand-in SMS provider, for the SendSMS route's HTTP Request applet when no real one is configured
 * (`npm start` without SWITCHBOARD_SMS_URL): it logs the message and answers a message id. Off unless
 * DEMO_SMS_SINK is set.
 */
@SpeaksDialect(plainErrors)
@Controller('demo')
export class SmsSinkController {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  @Post('sms')
  @HttpCode(201)
  send(@Body() message: unknown): { id: string; status: 'accepted' } {
    const id = `sms-${randomUUID()}`;
    this.logger.info({ sms: message, id }, 'demo SMS sink: message accepted (nothing is sent)');
    return { id, status: 'accepted' };
  }
}
