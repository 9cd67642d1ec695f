import { Controller, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { BusClient } from '@switchboard/bus';
import type { AdminApi } from '@switchboard/contracts';
import { ApiError } from '../errors/api-error.js';
import { domainFailure } from '../errors/domain-failure.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { plainErrors } from '../errors/plain-errors.js';
import { AdminAccessGuard, adminTenant, type AdminRequest } from './admin-access.guard.js';

type DeadLetter = AdminApi.components['schemas']['DeadLetter'];

/** Provider callbacks that failed every attempt: listed, and re-driven one by one. */
@SpeaksDialect(plainErrors)
@Controller('admin/callbacks/dead-letters')
@UseGuards(AdminAccessGuard)
export class DeadLettersController {
  constructor(private readonly bus: BusClient) {}

  @Get()
  async list(@Req() request: AdminRequest): Promise<{ deadLetters: DeadLetter[] }> {
    const reply = await this.bus.request('callbackDeadLetters', adminTenant(request), {});
    if (!reply.ok) throw new ApiError('internal', reply.error.message);
    return {
      deadLetters: reply.deadLetters.map(({ notificationId, ...letter }) => ({
        notificationid: notificationId,
        ...letter,
      })),
    };
  }

  @Post(':notificationid/redrive')
  @HttpCode(200)
  async redrive(
    @Req() request: AdminRequest,
    @Param('notificationid') notificationId: string,
  ): Promise<{ notificationid: string; delivered: true }> {
    const reply = await this.bus.request('callbackRedrive', adminTenant(request), { notificationId });
    if (reply.ok) return { notificationid: reply.notificationId, delivered: true };
    throw domainFailure(reply);
  }
}
