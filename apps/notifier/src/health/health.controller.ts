import { Controller, Get } from '@nestjs/common';

/** Readiness: answered once the app listens, which is after the CometD server and both consumers started. */
@Controller('health')
export class HealthController {
  @Get()
  check(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
