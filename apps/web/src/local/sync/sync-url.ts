/** The relay on this origin: ws:// for http pages, wss:// for https (the provider adds `/<worksheetId>`). */
export function syncServerUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/sync`;
}
