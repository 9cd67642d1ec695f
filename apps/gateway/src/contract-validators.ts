import { gwsV2Document, icwsDocument, OpenApiValidator, vccInteractionsDocument } from '@switchboard/contracts';

/** Request validators compiled once at start from the same OpenAPI documents the types come from. */
export class ContractValidators {
  readonly vcc = new OpenApiValidator(vccInteractionsDocument, 'vcc-interactions');
  readonly gws = new OpenApiValidator(gwsV2Document, 'gws-v2');
  readonly icws = new OpenApiValidator(icwsDocument, 'icws');
}
