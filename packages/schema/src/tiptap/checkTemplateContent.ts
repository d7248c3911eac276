import { nodeLabel } from '../content/nodeLabel.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import { findInvalidNodes } from '../nodes/nodeAttributeSchemas.js';
import { blockPosition, measureTree, shortened } from '../template-files/contentShape.js';
import {
  TEMPLATE_FILE_LIMITS,
  type TemplateFileNode,
  templateFileNodeSchema,
} from '../template-files/templateFileFormat.js';
import { problem, type TemplateFileProblem } from '../template-files/templateFileProblem.js';
import { worksheetSchema } from './extensions.js';

export type TemplateContentCheck =
  | { ok: true; content: WorksheetJSON }
  | { ok: false; problems: TemplateFileProblem[] };

/**
 * Too many nodes or too deep a nesting. Counted without recursion, so it is safe to run before anything
 * else walks the tree (a hostile body may nest 100,000 deep).
 */
export function contentSizeProblem(content: unknown): TemplateFileProblem | undefined {
  const size = measureTree(content);
  if (size.nodes > TEMPLATE_FILE_LIMITS.maxNodes) {
    return problem(
      'too-many-blocks',
      `This template has ${size.nodes.toLocaleString('en')} pieces of content; Interlude accepts up to ${TEMPLATE_FILE_LIMITS.maxNodes.toLocaleString('en')}, far more than any real worksheet. The file is probably damaged.`,
    );
  }
  if (size.depth > TEMPLATE_FILE_LIMITS.maxDepth) {
    return problem(
      'nested-too-deep',
      `This template's content is nested ${size.depth} levels deep; Interlude accepts up to ${TEMPLATE_FILE_LIMITS.maxDepth}. The file is probably damaged.`,
    );
  }
  return undefined;
}

/**
 * Whether a template's content is a worksheet Interlude can seed: bounded in size, only known blocks and
 * formatting, arranged as the worksheet schema allows, every block's settings in range. Used for imported
 * files and for a therapist's saved template alike, so both are held to the same rules.
 */
export function checkTemplateContent(content: unknown): TemplateContentCheck {
  const tooBig = contentSizeProblem(content);
  if (tooBig) return { ok: false, problems: [tooBig] };
  const shaped = templateFileNodeSchema.safeParse(content);
  if (!shaped.success) {
    return failed(
      problem(
        'invalid-structure',
        'The content is not a document of blocks (each block needs a "type", and its children a "content" list).',
      ),
    );
  }
  const unknown = unknownKinds(shaped.data);
  if (unknown.length > 0) return failed(...unknown);
  let checked: WorksheetJSON;
  try {
    const node = worksheetSchema.nodeFromJSON(shaped.data);
    node.check();
    if (node.type.name !== 'doc') throw new RangeError('the content must be a whole document');
    checked = node.toJSON() as WorksheetJSON;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failed(
      problem(
        'invalid-structure',
        `The blocks are not arranged the way a worksheet allows (${reason}). The file may have been edited by hand.`,
      ),
    );
  }
  const invalid = findInvalidNodes(checked);
  if (invalid.length > 0) {
    return failed(
      ...invalid.map((node) =>
        problem(
          'invalid-settings',
          `The ${node.nodeType} ${describeNode(checked, node.nodeId)}has settings Interlude cannot use: ${node.issues.join('; ')}.`,
        ),
      ),
    );
  }
  return { ok: true, content: checked };
}

const failed = (...problems: TemplateFileProblem[]): TemplateContentCheck => ({ ok: false, problems });

function unknownKinds(root: TemplateFileNode): TemplateFileProblem[] {
  const problems: TemplateFileProblem[] = [];
  const visit = (node: TemplateFileNode, path: number[]) => {
    if (!worksheetSchema.nodes[node.type]) {
      problems.push(
        problem(
          'unknown-block',
          `${capitalise(blockPosition(path))} is a “${shortened(node.type)}”, a kind of block Interlude does not have.`,
        ),
      );
    }
    for (const mark of node.marks ?? []) {
      if (!worksheetSchema.marks[mark.type]) {
        problems.push(
          problem(
            'unknown-formatting',
            `Text ${blockPosition(path)} uses “${shortened(mark.type)}” formatting, which Interlude does not have.`,
          ),
        );
      }
    }
    node.content?.forEach((child, index) => {
      visit(child, [...path, index]);
    });
  };
  visit(root, []);
  return problems;
}

function describeNode(content: WorksheetJSON, nodeId: unknown): string {
  let label = '';
  const visit = (node: WorksheetJSON) => {
    if (node.attrs?.id === nodeId && !label) label = nodeLabel(node);
    for (const child of node.content ?? []) visit(child);
  };
  visit(content);
  return label ? `“${shortened(label)}” ` : '';
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
