import { findTemplate } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import { useId } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../api/http';
import {
  type TemplateDetail,
  templateExportUrl,
  useCreateTemplate,
  useSaveTemplate,
  useSetTemplateArchived,
  useTemplateDetail,
} from '../../../api/templates';
import { useSignedInMe } from '../../../auth/signed-in';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { PageHeader } from '../../../ui/PageHeader';
import { LoadingText, QueryBoundary } from '../../../ui/QueryBoundary';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { colorForUser, WorksheetEditor } from './editor-bridge';
import { LeaveWithoutSavingGuard } from './LeaveWithoutSavingGuard';
import { TemplateDetailsForm } from './TemplateDetailsForm';
import { TemplateSaveBar } from './TemplateSaveBar';
import { templateInputOf } from './template-form-values';
import { useLocalTemplateDoc } from './useLocalTemplateDoc';
import { useUnsavedTemplateChanges } from './useUnsavedTemplateChanges';

/** The template editor: the content in author mode on a local Y.Doc, the details beside it, Save as a new version. */
export function TemplateEditorPage() {
  const templateId = useParams().templateId ?? '';
  const detail = useTemplateDetail(templateId);
  return (
    <QueryBoundary query={detail} loadingLabel="Opening the template…">
      {(template) => <TemplateEditor key={template.id} template={template} />}
    </QueryBoundary>
  );
}

function TemplateEditor({ template }: { template: TemplateDetail }) {
  useDocumentTitle(`Edit: ${template.title}`);
  const me = useSignedInMe();
  // Seeded once per template: saving refetches the detail, which must not reseed the open editor.
  const doc = useLocalTemplateDoc(template, template.id);
  const save = useSaveTemplate(template.id);
  const archive = useSetTemplateArchived(template.id);
  const builtIn = template.source === 'built-in' || template.measure !== null;
  // An archived template is kept as it was: restore it to change it.
  const readOnly = builtIn || template.archived;
  const detailsFormId = useId();
  const unsaved = useUnsavedTemplateChanges(readOnly ? null : doc);

  return (
    <>
      <PageHeader
        eyebrow={<Link to="/library">← Library</Link>}
        title={readOnly ? template.title : `Edit: ${template.title}`}
        description={`Version ${template.version}${template.archived ? ' · archived' : ''}`}
        actions={
          builtIn ? (
            <DuplicateToEdit template={template} />
          ) : (
            <OwnTemplateActions template={template} archive={archive} />
          )
        }
      />
      {template.archived && !builtIn ? (
        <Notice title="This template is archived">
          <p>It is kept as it was and cannot be assigned. Restore it to change or assign it again.</p>
        </Notice>
      ) : null}
      {builtIn ? (
        <Notice title="This template cannot be changed">
          <p>
            {template.measure
              ? 'Scored measures keep their published wording so their scores stay comparable.'
              : 'Built-in templates are shared by every practice.'}{' '}
            Duplicate it to make your own version to edit.
          </p>
        </Notice>
      ) : null}
      <UnscoredCopyNote template={template} />
      {archive.error ? <Notice tone="error">{errorMessage(archive.error)}</Notice> : null}
      <div className="template-editor">
        <section aria-label="Content" className="template-editor__content">
          {doc ? (
            <WorksheetEditor
              // Archiving or restoring switches between reading and editing: start the editor afresh.
              key={readOnly ? 'read' : 'edit'}
              doc={doc}
              awareness={null}
              mode={readOnly ? 'respond' : 'author'}
              readOnly={readOnly}
              user={{
                id: me.user.id,
                name: me.user.displayName,
                color: colorForUser(me.user.id, 'therapist'),
              }}
            />
          ) : (
            <LoadingText label="Opening the template…" />
          )}
        </section>
        {readOnly ? null : (
          <section
            aria-label="Details"
            className="template-editor__details"
            onInput={unsaved.noteDetailsEdited}
            onChange={unsaved.noteDetailsEdited}
          >
            <TemplateDetailsForm
              id={detailsFormId}
              template={template}
              onSave={(values) => {
                if (!doc) return;
                const content = readWorksheetContent(doc);
                save.mutate(templateInputOf(values, content as Record<string, unknown>), {
                  onSuccess: () => unsaved.noteSaved(content),
                });
              }}
            />
          </section>
        )}
      </div>
      {readOnly ? null : <TemplateSaveBar formId={detailsFormId} version={template.version} save={save} />}
      {readOnly ? null : <LeaveWithoutSavingGuard hasUnsavedChanges={unsaved.hasUnsavedChanges} />}
    </>
  );
}

function OwnTemplateActions({
  template,
  archive,
}: {
  template: TemplateDetail;
  archive: ReturnType<typeof useSetTemplateArchived>;
}) {
  return (
    <>
      <a className="button button--secondary" href={templateExportUrl(template.id)} download>
        Export
      </a>
      <Button busy={archive.isPending} onClick={() => archive.mutate(!template.archived)}>
        {template.archived ? 'Restore' : 'Archive'}
      </Button>
    </>
  );
}

function DuplicateToEdit({ template }: { template: TemplateDetail }) {
  const create = useCreateTemplate();
  const navigate = useNavigate();
  return (
    <>
      {create.error ? <Notice tone="error">{errorMessage(create.error)}</Notice> : null}
      <Button
        variant="primary"
        busy={create.isPending}
        onClick={() =>
          create.mutate(template.id, {
            onSuccess: (copy) => navigate(`/library/${encodeURIComponent(copy.id)}/edit`),
          })
        }
      >
        Duplicate to edit
      </Button>
    </>
  );
}

/** A copy of a scored measure keeps the items but not the scoring: say so before it is assigned. */
function UnscoredCopyNote({ template }: { template: TemplateDetail }) {
  const original = template.basedOn ? findTemplate(template.basedOn.id) : undefined;
  if (!original?.measure || template.measure) return null;
  return (
    <Notice tone="warning" title="Not scored">
      <p>
        This copy of {original.title} is not scored and raises no safety flags. Assign the built-in{' '}
        {original.title} when you need its score.
      </p>
    </Notice>
  );
}
