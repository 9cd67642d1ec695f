import {
  adminDocument,
  gwsV2Document,
  icwsDocument,
  OpenApiValidator,
  vccInteractionsDocument,
  type AdminApi,
  type GwsApi,
  type IcwsApi,
  type VccApi,
} from '@switchboard/contracts';

/** Request validators compiled once at start from the same OpenAPI documents the types come from. */
export class ContractValidators {
  readonly vcc = new OpenApiValidator<VccApi.paths>(vccInteractionsDocument, 'vcc-interactions');
  readonly gws = new OpenApiValidator<GwsApi.paths>(gwsV2Document, 'gws-v2');
  readonly icws = new OpenApiValidator<IcwsApi.paths>(icwsDocument, 'icws');
  readonly admin = new OpenApiValidator<AdminApi.paths>(adminDocument, 'admin');
}
