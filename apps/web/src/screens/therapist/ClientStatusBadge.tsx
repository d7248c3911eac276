import type { ClientStatus } from '../../api/types';

const labels: Record<ClientStatus, string> = {
  invited: 'Invited',
  active: 'Active',
  archived: 'Archived',
};

export function ClientStatusBadge({ status }: { status: ClientStatus }) {
  return <span className={`badge badge--client-${status}`}>{labels[status]}</span>;
}
