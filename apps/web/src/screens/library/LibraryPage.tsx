import { searchTemplates } from '@interlude/schema';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/http';
import { useCreateTemplate } from '../../api/templates';
import type { Template } from '../../api/types';
import { useTemplates } from '../../api/worksheets';
import { useSignedInMe } from '../../auth/signed-in';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { AssignToClientDialog } from './AssignToClientDialog';
import { ImportTemplateButton } from './ImportTemplateButton';
import { LibraryFilterBar } from './LibraryFilterBar';
import { isFiltered, searchFiltersOf } from './library-filters';
import { TemplateCard } from './TemplateCard';
import { resultCountLabel } from './template-labels';
import { useLibraryFilters } from './useLibraryFilters';

/** The template library: every built-in and own template, filtered and searched through the URL. */
export function LibraryPage() {
  useDocumentTitle('Library');
  const me = useSignedInMe();
  const templates = useTemplates();
  const { filters, update, clear } = useLibraryFilters();
  const [assigning, setAssigning] = useState<Template | null>(null);
  const create = useCreateTemplate();
  const navigate = useNavigate();
  const createFrom = (fromTemplateId?: string) =>
    create.mutate(fromTemplateId, {
      onSuccess: (created) => navigate(`/library/${encodeURIComponent(created.id)}/edit`),
    });

  return (
    <>
      <PageHeader
        eyebrow={me.practice.name}
        title="Library"
        description="Worksheets, journals, goals and scored measures to assign as homework."
        actions={
          <>
            <ImportTemplateButton />
            <Button
              variant="primary"
              busy={create.isPending && create.variables === undefined}
              onClick={() => createFrom()}
            >
              New template
            </Button>
          </>
        }
      />
      {create.error ? <Notice tone="error">{errorMessage(create.error)}</Notice> : null}
      <LibraryFilterBar filters={filters} onChange={update} />
      <QueryBoundary query={templates} loadingLabel="Loading the library…">
        {(list) => {
          const current = list.filter((template) => !template.archived);
          const archived = list.filter((template) => template.archived);
          const found = searchTemplates(current, searchFiltersOf(filters));
          const cards = (shown: Template[]) => (
            <ul className="card-list template-grid">
              {shown.map((template) => (
                <TemplateCard
                  key={template.id}
                  template={template}
                  onAssign={setAssigning}
                  onDuplicate={(original) => createFrom(original.id)}
                  duplicating={create.isPending && create.variables === template.id}
                />
              ))}
            </ul>
          );
          return (
            <section aria-labelledby="templates-heading" className="section">
              <h2 id="templates-heading" className="section__title">
                Templates
              </h2>
              <p className="library-count" role="status" aria-live="polite">
                {resultCountLabel(found.length, current.length)}
              </p>
              {found.length > 0 ? (
                cards(found)
              ) : (
                <div className="empty">
                  <p>No template matches {isFiltered(filters) ? 'these filters' : 'yet'}.</p>
                  {isFiltered(filters) ? <Button onClick={clear}>Clear filters</Button> : null}
                </div>
              )}
              {archived.length > 0 ? (
                <details className="section">
                  <summary>Archived templates ({archived.length})</summary>
                  {cards(archived)}
                </details>
              ) : null}
            </section>
          );
        }}
      </QueryBoundary>
      <AssignToClientDialog template={assigning} onClose={() => setAssigning(null)} />
    </>
  );
}
