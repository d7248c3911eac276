// Module resolution hook: the bench is not a workspace package, so a bare import it cannot resolve
// (yjs, ws, y-websocket, …) is retried from packages/sync-server, whose dependencies it borrows.
// Resolving through the same node_modules keeps exactly one copy of yjs in every process.
const syncServerPackage = new URL('../../packages/sync-server/package.json', import.meta.url).href;

const isBareSpecifier = (specifier) => !/^(?:\.|\/|[a-z][a-z0-9+.-]*:)/i.test(specifier);

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !isBareSpecifier(specifier)) throw error;
    return nextResolve(specifier, { ...context, parentURL: syncServerPackage });
  }
}
