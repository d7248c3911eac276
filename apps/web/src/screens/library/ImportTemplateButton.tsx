import { useRef } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/http';
import { importProblemsOf, useImportTemplate } from '../../api/templates';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

/** "Import…": a template file chosen on the device is sent as it is; the server says what it made of it. */
export function ImportTemplateButton() {
  const input = useRef<HTMLInputElement>(null);
  const importing = useImportTemplate();

  return (
    <>
      <Button busy={importing.isPending} onClick={() => input.current?.click()}>
        Import…
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Template file to import"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // choosing the same file again still imports it
          if (file) importing.mutate(await file.text());
        }}
      />
      <ImportOutcome importing={importing} />
    </>
  );
}

function ImportOutcome({ importing }: { importing: ReturnType<typeof useImportTemplate> }) {
  if (importing.error) {
    const problems = importProblemsOf(importing.error);
    return (
      <div className="library-import">
        <Notice tone="error" title="This file was not imported">
          {problems.length > 0 ? (
            <ul>
              {problems.map((problem) => (
                <li key={`${problem.code}:${problem.message}`}>{problem.message}</li>
              ))}
            </ul>
          ) : (
            <p>{errorMessage(importing.error)}</p>
          )}
        </Notice>
      </div>
    );
  }
  const result = importing.data;
  if (!result) return null;
  return (
    <div className="library-import">
      <Notice
        tone="success"
        title={result.template ? `Imported ${result.template.title}` : 'Nothing was imported'}
      >
        {result.sameAsBuiltIn ? (
          <p>
            This file is the built-in{' '}
            <Link to={`/library/${encodeURIComponent(result.sameAsBuiltIn.id)}/preview`}>
              {result.sameAsBuiltIn.title}
            </Link>
            , which is scored: assign that one.
          </p>
        ) : null}
        {result.notes.length > 0 ? (
          <ul>
            {result.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : result.template ? (
          <p>Nothing in the file needed changing.</p>
        ) : null}
        {result.template ? (
          <p>
            <Link to={`/library/${encodeURIComponent(result.template.id)}/edit`}>
              Open {result.template.title}
            </Link>
          </p>
        ) : null}
      </Notice>
    </div>
  );
}
