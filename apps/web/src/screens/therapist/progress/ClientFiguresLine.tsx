import { useState } from 'react';
import type { ClientFigures } from '../../../api/dashboard';
import { Button } from '../../../ui/Button';
import { AcknowledgeFlagDialog } from './AcknowledgeFlagDialog';

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);

function changeWords(change: number | null): string {
  if (change === null) return '';
  if (change === 0) return ' (no change)';
  return change < 0 ? ` (down ${-change})` : ` (up ${change})`;
}

/** The dashboard's figures for one client, and their open safety flag with its Acknowledge action. */
export function ClientFiguresLine({ clientName, figures }: { clientName: string; figures: ClientFigures }) {
  const [acknowledging, setAcknowledging] = useState(false);
  const { latestMeasure, safetyFlag } = figures;
  return (
    <div className="client-figures">
      <dl className="stats">
        <div>
          <dt>Done, last 4 weeks</dt>
          <dd>{percent(figures.rateLast4Weeks)}</dd>
        </div>
        <div>
          <dt>{latestMeasure ? `Latest ${latestMeasure.title}` : 'Latest measure'}</dt>
          <dd>
            {latestMeasure ? (
              <>
                {latestMeasure.total}
                <span className="client-figures__change">{changeWords(latestMeasure.change)}</span>
              </>
            ) : (
              '–'
            )}
          </dd>
        </div>
      </dl>
      {safetyFlag ? (
        <div className="client-figures__flag">
          <p>
            <span aria-hidden="true">⚠ </span>Safety flag on “{safetyFlag.worksheetTitle}”.{' '}
            {safetyFlag.messages[0] ?? ''}
          </p>
          <Button variant="primary" onClick={() => setAcknowledging(true)}>
            Acknowledge…
          </Button>
          <AcknowledgeFlagDialog
            clientName={clientName}
            flag={safetyFlag}
            open={acknowledging}
            onClose={() => setAcknowledging(false)}
          />
        </div>
      ) : null}
    </div>
  );
}
