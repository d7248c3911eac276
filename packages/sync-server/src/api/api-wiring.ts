import type { ServerContext } from '../server-context.js';
import type { ApiDependencies } from './api-dependencies.js';
import { relayConnectionControl } from './relay-connection-control.js';
import { serverTemplateCatalogue } from './server-template-catalogue.js';
import { storeWorksheetDocuments } from './store-worksheet-documents.js';

/** The API's collaborators in a running server: the relay, its document store, the template catalogue. */
export function apiDependenciesFor(context: ServerContext): ApiDependencies {
  return {
    config: context.config,
    accounts: context.accounts,
    connections: relayConnectionControl({
      relay: context.relay,
      sessions: context.sessionConnections,
      bus: context.roomBus,
      accessChanges: context.accessChanges,
    }),
    documents: storeWorksheetDocuments({
      store: context.documentStore,
      clientIdOwners: context.clientIdOwners,
      clock: context.clock,
      updatesStored: context.updatesStored,
      logError: (message, error) => context.relay.logger.error(message, error),
    }),
    served: { stateOf: (worksheetId) => context.relay.servedState(worksheetId) },
    templates: serverTemplateCatalogue(context.accounts),
  };
}
