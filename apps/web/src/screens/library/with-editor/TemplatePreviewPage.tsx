import { hasEntryGroups, type WorksheetJSON, withExampleEntries } from '@interlude/schema';
import { useMemo, useState } from 'react';
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
 * memory (no socket, nothing saved), at desktop width or in a phone-sized frame. A diary or log shows one
 * empty example entry in each group: the client starts with none and adds them, so without it the therapist
 * would never see the fields.
 */
export function TemplatePreviewPage() {
  const templateId = useParams().templateId ?? '';
  const me = useSignedInMe();
  const detail = useTemplateDetail(templateId);
  const template = detail.data;
  const previewed = useMemo(
    () => template && { ...template, content: withExampleEntries(template.content as WorksheetJSON) },
    [template],
  );
  const doc = useLocalTemplateDoc(previewed, `${templateId}@${template?.version ?? ''}`);
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
      {hasEntryGroups(template.content as WorksheetJSON) ? (
        <p className="library-note">Diaries show one example entry so you can see its fields.</p>
      ) : null}
      <section aria-label="Client's view" className={`device-frame device-frame--${device}`}>
        {doc ? (
          <WorksheetEditor
            doc={doc}
            awareness={null}
            mode="respond"
            readOnly
            // The client never sees a read-only line; the page's description says nothing can be typed.
            showReadOnlyNotice={false}
            user={{ id: me.user.id, name: me.user.displayName, color: colorForUser(me.user.id, 'client') }}
          />
        ) : (
          <LoadingText label="Opening the preview…" />
        )}
      </section>
    </>
  );
}
