import { Controller, Delete, Get, Param, Req, UseGuards } from '@nestjs/common';
import { BusClient } from '@switchboard/bus';
import type { AdminApi, ProviderSettings } from '@switchboard/contracts';
import { ApiError } from '../errors/api-error.js';
import { domainFailure } from '../errors/domain-failure.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { plainErrors } from '../errors/plain-errors.js';
import { permittedAsVcc } from '../vcc/provider-settings.js';
import { AdminAccessGuard, adminTenant, type AdminRequest } from './admin-access.guard.js';

type Provider = AdminApi.components['schemas']['Provider'];

const view = (provider: ProviderSettings): Provider => ({
  provider: provider.name,
  ...(provider.endpoint === undefined ? {} : { endpoint: provider.endpoint }),
  headerNames: Object.keys(provider.headers),
  agentactionspermitted: permittedAsVcc(provider),
});

@SpeaksDialect(plainErrors)
@Controller('admin/providers')
@UseGuards(AdminAccessGuard)
export class ProvidersController {
  constructor(private readonly bus: BusClient) {}

  @Get()
  async list(@Req() request: AdminRequest): Promise<{ providers: Provider[] }> {
    const reply = await this.bus.request('providerList', adminTenant(request), {});
    if (!reply.ok) throw new ApiError('internal', reply.error.message);
    return { providers: reply.providers.map(view) };
  }

  @Delete(':provider')
  async remove(@Req() request: AdminRequest, @Param('provider') name: string): Promise<Provider> {
    const reply = await this.bus.request('providerRemove', adminTenant(request), { name });
    if (reply.ok) return view(reply.provider);
    throw domainFailure(reply);
  }
}
