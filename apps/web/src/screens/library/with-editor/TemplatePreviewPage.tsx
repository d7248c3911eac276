import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTemplateDetail } from '../../../api/templates';
import { useSignedInMe } from '../../../auth/signed-in';
import { PageHeader } from '../../../ui/PageHeader';
import { LoadingText, QueryBoundary } from '../../../ui/QueryBoundary';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { kindLabel, minutesLabel } from '../template-labels';
import { type Device, DeviceToggle } from './DeviceToggle';
import { colorForUser, WorksheetEditor } from './editor-bridge';
import { useLocalTemplateDoc } from './useLocalTemplateDoc';

/**
 * A template exactly as the client will see it: the editor in respond mode, read-only, on a Y.Doc in
 * memory (no socket, nothing saved), at desktop width or in a phone-sized frame.
 */
export function TemplatePreviewPage() {
  const templateId = useParams().templateId ?? '';
  const me = useSignedInMe();
  const detail = useTemplateDetail(templateId);
  const template = detail.data;
  const doc = useLocalTemplateDoc(template, `${templateId}@${template?.version ?? ''}`);
  const [device, setDevice] = useState<Device>('desktop');
  useDocumentTitle(template ? `Preview: ${template.title}` : 'Preview');

  if (!template) {
    return (
      <QueryBoundary query={detail} loadingLabel="Opening the preview…">
        {() => null}
      </QueryBoundary>
    );
  }
  return (
    <>
      <PageHeader
        eyebrow={<Link to="/library">← Library</Link>}
        title={`Preview: ${template.title}`}
        description={`${kindLabel(template.kind)} · ${minutesLabel(template.estimatedMinutes)}. This is what your client sees; nothing can be typed here.`}
        actions={<DeviceToggle device={device} onChange={setDevice} />}
      />
      {template.measure ? (
        <p className="library-note">
          Scored: the items below are the published wording, as the client answers them.
        </p>
      ) : null}
      <section aria-label="Client's view" className={`device-frame device-frame--${device}`}>
        {doc ? (
          <WorksheetEditor
            doc={doc}
            awareness={null}
            mode="respond"
            readOnly
            user={{ id: me.user.id, name: me.user.displayName, color: colorForUser(me.user.id, 'client') }}
          />
        ) : (
          <LoadingText label="Opening the preview…" />
        )}
      </section>
    </>
  );
}
